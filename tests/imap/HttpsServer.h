#pragma once
/** @short A throw-away real HTTPS server for tests: lighttpd (Debian's lighttpd and
 *  lighttpd-mod-openssl) on 127.0.0.1, a port picked free at run time, a self-signed certificate made
 *  with openssl at start (trust it with caFile(), i.e. CURLOPT_CAINFO), and one CGI script that
 *  records every request: method, URI, headers and the exact body bytes.
 *
 * Answers by path prefix: "/hang" waits up to 15 s (less once stop() removed the directory), "/redirect-to-http"
 * answers 302 to an http:// URL, "/fail" answers 500; everything else 200 "unsubscribed".
 * A child of the test process (PR_SET_PDEATHSIG), no systemd; config, log and requests live in a
 * temporary directory. Blocking calls for the test's own thread; not thread-safe. */
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <memory>

namespace mailtide::test {

class HttpsServer
{
public:
    struct Request
    {
        QByteArray method;                     ///< "POST"
        QByteArray uri;                        ///< path and query, as sent: "/unsub?id=1"
        QMap<QByteArray, QByteArray> headers;  ///< lower-case names: "content-type", "user-agent"
        QByteArray body;                       ///< exact bytes
    };

    HttpsServer();
    ~HttpsServer(); ///< stop(), then removes the directory
    HttpsServer(const HttpsServer &) = delete;
    HttpsServer &operator=(const HttpsServer &) = delete;

    /** Certificate, config, CGI script, then lighttpd; returns once a TLS connection succeeds. */
    mailtide::Status start();
    void stop(); ///< SIGTERM, then SIGKILL after 3 s
    quint16 port() const;
    QString caFile() const;
    QString url(const QString &path) const; ///< "https://127.0.0.1:PORT" + path
    /** Requests recorded so far, in arrival order. */
    QList<Request> requests() const;
    /** Waits up to timeoutMs for at least n recorded requests. */
    bool waitForRequests(int n, int timeoutMs = 5000) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mailtide::test
