// placeholder until the demo data is typed in (being written now)
pub fn demo_meetings() -> Vec<super::DemoMeeting> {
    Vec::new()
}
