#pragma once
/** @short A scripted TCP server on 127.0.0.1 (port 0) for protocol faults a real server does not
 *  make: garbage, a dropped line, silence. One connection, one script, on its own thread, so that
 *  blocking client code can run on the test's thread. Steps: send bytes, read one line, sleep,
 *  close. The lines it read are kept for the test to check. */
#include <QByteArray>
#include <QByteArrayList>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace mailtide::test {

class ScriptedSocketServer
{
public:
    struct Step
    {
        enum Kind { Send, ReadLine, Sleep, Close } kind;
        QByteArray bytes; ///< Send
        int ms = 0;       ///< Sleep
    };
    static Step send(QByteArray b) { return {Step::Send, std::move(b), 0}; }
    static Step readLine() { return {Step::ReadLine, {}, 0}; }
    static Step sleep(int ms) { return {Step::Sleep, {}, ms}; }
    static Step close() { return {Step::Close, {}, 0}; }

    explicit ScriptedSocketServer(std::vector<Step> script);
    ~ScriptedSocketServer(); ///< stops the thread (closes the sockets), joins it
    ScriptedSocketServer(const ScriptedSocketServer &) = delete;
    ScriptedSocketServer &operator=(const ScriptedSocketServer &) = delete;

    quint16 port() const { return m_port; }
    QByteArrayList received() const; ///< lines the script read, without CRLF

private:
    void run();
    std::vector<Step> m_script;
    int m_listen = -1;
    quint16 m_port = 0;
    std::atomic_bool m_stop{false};
    mutable std::mutex m_mutex;
    QByteArrayList m_received;
    std::thread m_thread;
};

} // namespace mailtide::test
