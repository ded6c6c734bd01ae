//! Bytes to text as files really come: UTF-8 (with or without a BOM), UTF-16 with a BOM (Notepad's
//! "Unicode"), and otherwise Windows-1252, what Word and Excel on Windows save as "plain text".

use encoding_rs::{UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

pub(crate) fn decode(bytes: &[u8]) -> String {
    let text = if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        encoding.decode_without_bom_handling(&bytes[bom..]).0.into_owned()
    } else if let Ok(s) = std::str::from_utf8(bytes) {
        s.to_string()
    } else {
        WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned()
    };
    normalize_breaks(&text)
}

/// Windows and old Mac line ends become `\n`, so every reader hands on the same shape.
fn normalize_breaks(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_string();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Whether the bytes start with a BOM, so that NUL bytes in them are UTF-16 text and not binary data.
pub(crate) fn has_bom(bytes: &[u8]) -> bool {
    matches!(encoding_rs::Encoding::for_bom(bytes), Some((e, _)) if e == UTF_8 || e == UTF_16LE || e == UTF_16BE)
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("Één".as_bytes()), "Één");
        assert_eq!(decode(b"\xef\xbb\xbf1. Opening"), "1. Opening");
    }

    #[test]
    fn utf16_with_bom_both_orders() {
        let le: Vec<u8> = [0xff, 0xfe].into_iter().chain("2. Café".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> = [0xfe, 0xff].into_iter().chain("2. Café".encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(decode(&le), "2. Café");
        assert_eq!(decode(&be), "2. Café");
    }

    #[test]
    fn windows_1252_when_not_utf8() {
        // "Financiële" with ë as 0xEB and a curly quote 0x93/0x94 and the euro sign 0x80.
        assert_eq!(decode(b"Financi\xeble \x93nota\x94 \x80 5"), "Financiële “nota” € 5");
    }

    #[test]
    fn line_ends_become_newlines() {
        assert_eq!(decode(b"1. A\r\n2. B\r3. C"), "1. A\n2. B\n3. C");
    }
}
