#pragma once

namespace nbapply::gui
{

// SIGTERM (a logout, `kill`), SIGINT (Ctrl+C in the terminal) and SIGHUP (the terminal closed) end
// nbapply-gui like File › Quit minus the questions: the event loop returns and every destructor runs,
// so the documents extracted from a received file are removed (receivedfolders.h) and the unsaved draft
// stays in its recovery file. The handler only writes one byte to a socket (async-signal-safe); the
// event loop reads it and exits. A second signal while the first is still being handled ends the
// process the default way. Call once, after the QApplication exists. False if it could not be set up.
bool quitOnTerminationSignals();

} // namespace nbapply::gui
