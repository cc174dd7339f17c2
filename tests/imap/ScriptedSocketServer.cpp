#include "ScriptedSocketServer.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace mailtide::test {

ScriptedSocketServer::ScriptedSocketServer(std::vector<Step> script) : m_script(std::move(script))
{
    m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (m_listen >= 0 && ::bind(m_listen, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 &&
        ::listen(m_listen, 4) == 0 && ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        m_port = ntohs(addr.sin_port);
    m_thread = std::thread([this] { run(); });
}

ScriptedSocketServer::~ScriptedSocketServer()
{
    m_stop = true;
    m_thread.join();
    if (m_listen >= 0) ::close(m_listen);
}

QByteArrayList ScriptedSocketServer::received() const
{
    std::lock_guard lock(m_mutex);
    return m_received;
}

void ScriptedSocketServer::run()
{
    // Everything waits in slices of 50 ms so that the destructor's m_stop ends it promptly.
    const auto waitFor = [this](int fd, short events) {
        while (!m_stop) {
            pollfd p{fd, events, 0};
            if (::poll(&p, 1, 50) > 0) return true;
        }
        return false;
    };
    if (m_listen < 0 || !waitFor(m_listen, POLLIN)) return;
    const int fd = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
    if (fd < 0) return;
    QByteArray pending;
    for (const Step &step : m_script) {
        if (m_stop) break;
        if (step.kind == Step::Send) {
            if (::send(fd, step.bytes.constData(), size_t(step.bytes.size()), MSG_NOSIGNAL) < 0) break;
        } else if (step.kind == Step::ReadLine) {
            while (!pending.contains('\n')) {
                if (!waitFor(fd, POLLIN)) break;
                char buf[1024];
                const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
                if (n <= 0) break;
                pending.append(buf, n);
            }
            const qsizetype nl = pending.indexOf('\n');
            if (nl < 0) break;
            std::lock_guard lock(m_mutex);
            m_received << pending.left(nl).trimmed();
            pending.remove(0, nl + 1);
        } else if (step.kind == Step::Sleep) {
            for (int waited = 0; waited < step.ms && !m_stop; waited += 50) ::usleep(50000);
        } else {
            break;
        }
    }
    // After the script (or on Close) the connection is closed; a client still waiting sees EOF.
    ::close(fd);
}

} // namespace mailtide::test
