//! The annotation memo as markdown: render_memo(&MeetingRecord) -> String, pure (the export issue).
