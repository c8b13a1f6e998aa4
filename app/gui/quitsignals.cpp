#include "quitsignals.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace nbapply::gui
{

namespace
{

constexpr int kSignals[] = {SIGTERM, SIGINT, SIGHUP};

// [0] is written by the handler, [1] read by the event loop.
int g_sockets[2] = {-1, -1};
volatile std::sig_atomic_t g_received = 0;

// Only async-signal-safe calls here: write, signal, raise (and errno saved around them).
void onSignal(int number)
{
    const int savedErrno = errno;
    if (g_received) {
        // Asked again while the first request is still being handled: the default way, at once.
        std::signal(number, SIG_DFL);
        std::raise(number);
    }
    g_received = 1;
    const char byte = char(number);
    [[maybe_unused]] const ssize_t written = ::write(g_sockets[0], &byte, 1);
    errno = savedErrno;
}

} // namespace

bool quitOnTerminationSignals()
{
    if (g_sockets[0] >= 0)
        return true;
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_sockets) != 0)
        return false;
    // The handler must never block on a full socket (it would hang the process).
    ::fcntl(g_sockets[0], F_SETFL, ::fcntl(g_sockets[0], F_GETFL) | O_NONBLOCK);
    auto *notifier = new QSocketNotifier(g_sockets[1], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, notifier, [notifier] {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_sockets[1], &byte, 1);
        notifier->setEnabled(false);
        // exit(), not quit(): quit() asks the windows to close, and the unsaved-changes question would
        // keep a logout waiting. exit() also ends a running dialog's loop.
        QCoreApplication::exit(128 + int(byte));
    });
    struct sigaction action {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    bool ok = true;
    for (const int number : kSignals)
        ok = ::sigaction(number, &action, nullptr) == 0 && ok;
    return ok;
}

} // namespace nbapply::gui
