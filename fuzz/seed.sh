#!/usr/bin/env bash
# Fills fuzz/corpus/<target>/ with the reader fixtures as seeds (the corpus itself is not committed).
set -euo pipefail
cd "$(dirname "$0")"
fixtures=../tests/fixtures/read
mkdir -p corpus/read_docx corpus/read_docx_parts corpus/read_pdf corpus/read_html
cp "$fixtures"/*.docx corpus/read_docx/
for f in "$fixtures"/*.docx; do
  base=$(basename "$f" .docx)
  { unzip -p "$f" word/document.xml; printf '\0'; unzip -p "$f" word/numbering.xml 2>/dev/null || true
    printf '\0'; unzip -p "$f" word/styles.xml 2>/dev/null || true; } > "corpus/read_docx_parts/$base"
done
for f in "$fixtures"/*.pdf; do
  cp "$f" corpus/read_pdf/
  # Uncompressed copies: mutations of a deflated stream only ever break the deflate.
  if command -v qpdf >/dev/null; then
    qpdf --qdf --object-streams=disable "$f" "corpus/read_pdf/qdf-$(basename "$f")" 2>/dev/null || true
  fi
done
cp "$fixtures"/portal.html corpus/read_html/
