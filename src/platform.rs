//! What differs between the systems Leadflow runs on, kept here and small: each part is
//! compiled only where it applies, and everywhere else is an empty function.

/// Lets a command started from a terminal print there.
///
/// On Windows Leadflow is a window program (`windows_subsystem = "windows"` in `main.rs`), so
/// starting it from the Start menu or a double-click opens no console window beside the app.
/// Such a program has no standard output, though: when it was started from a terminal
/// (`leadflow simulate …` in PowerShell or cmd), it attaches to that terminal's console, and
/// what it prints appears there. Elsewhere there is nothing to do.
#[cfg(windows)]
pub fn attach_to_terminal() {
    use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
    // SAFETY: AttachConsole takes a process id and touches no memory of ours; it fails
    // harmlessly (returns 0) when there is no parent console, as from the Start menu.
    #[expect(
        unsafe_code,
        reason = "the one Windows call that gives a window program a console"
    )]
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}

/// Lets a command started from a terminal print there: nothing to do off Windows, where every
/// program has the terminal's standard output.
#[cfg(not(windows))]
pub fn attach_to_terminal() {}
