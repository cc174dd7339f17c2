#pragma once
/** @short One IMAP connection: libcurl connects, negotiates TLS and logs in; Mailtide speaks IMAP.
 *
 * libcurl's own IMAP command path is not used (see ../shared/notes/RECIPES.md: it splits literals
 * across callbacks, ends a response early on a message line that starts with the tag, and Debian
 * 12's 7.88 fails large responses). With CURLOPT_CONNECT_ONLY libcurl does TCP, TLS (implicit or
 * STARTTLS), the certificate check and the SASL login (PLAIN, LOGIN, XOAUTH2); after that this class
 * sends commands with curl_easy_send and feeds what curl_easy_recv returns to the pure
 * ResponseParser, which counts literals by bytes: a message body holding "A004 OK" cannot end a
 * response.
 *
 * Owns its CURL handle; lives on one thread (the account's worker) and is never shared. Never
 * logs or keeps a password or a token. */
#include "imap/Response.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace mailtide::imap {

enum class Tls { Implicit, StartTls, None };
QString toString(Tls tls);
std::optional<Tls> tlsFromString(const QString &s);

/** Where and how to connect. The secret is held only for the connect call. */
struct Endpoint
{
    QString host;
    quint16 port = 0; ///< 0: 993 for implicit TLS, else 143
    Tls tls = Tls::Implicit;
    QString user;
    QByteArray password;    ///< PLAIN/LOGIN; empty when oauth2Token is set
    QByteArray oauth2Token; ///< XOAUTH2 bearer token
    QString caFile;         ///< PEM file of extra trusted certificates
    QString pinnedKey;      ///< "sha256//<base64>": trust exactly this server key (a certificate the user accepted)
    int connectTimeoutMs = 20000;
    int idleTimeoutMs = 60000; ///< no byte from the server for this long while waiting: a timeout
};

/** What went wrong, so the CLI and the GUI can give the right answer (and offer to trust a
 *  certificate only when that is the problem). */
enum class FailureKind {
    None,
    NotResolved,
    Refused,         ///< connection refused or host unreachable
    Timeout,
    Tls,             ///< TLS failed for another reason (protocol, STARTTLS not offered...)
    UntrustedCertificate,
    CertificateChanged, ///< a pinned key no longer matches
    Authentication,
    Protocol,        ///< the server answered something that is not IMAP, or BAD
    ConnectionLost,
    Cancelled,
    Other,
};

class Connection
{
public:
    using UntaggedFn = std::function<Status(Response &&)>;

    Connection();
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    /** Connects and logs in. On failure, failureKind() says why; for an untrusted or changed
     *  certificate, peerCertificateSha256() and peerKeyPin() describe the one the server showed
     *  (read by a second, credential-less connection). */
    Status open(const Endpoint &endpoint);
    bool isOpen() const { return m_curl != nullptr; }
    /** Reads the certificate the server shows (no login, no verification), for the user to
     *  decide whether to trust it: peerCertificateSha256() and peerKeyPin() after. */
    void probe(const Endpoint &endpoint) { probeCertificate(endpoint); }
    void close();

    /** Sends "TAG command" and reads until that tag completes. Untagged responses go to
     *  onUntagged as they arrive (an error it returns drops the connection: the session state is
     *  then unknown). Returns the tagged response; NO and BAD are returned too, not errors: the
     *  caller decides. A BYE, a lost line, garbage, a timeout or a cancel are errors and close the
     *  connection. */
    Result<Response> run(QByteArrayView command, const UntaggedFn &onUntagged = {});
    /** As run(), but a tagged NO/BAD becomes an Error quoting the server. */
    Status runOk(QByteArrayView command, const UntaggedFn &onUntagged = {}, Response *tagged = nullptr);

    /** Pipelining (RFC 3501 5.5), run() in two halves: send() writes "TAG command" and returns the
     *  tag without waiting; finish(tag) reads until that tag completes, as run() does. Several
     *  commands may be in flight; finish them in the order they were sent. A tagged answer to a
     *  later one that comes first is kept for its own finish(). */
    Result<QByteArray> send(QByteArrayView command);
    Result<Response> finish(const QByteArray &tag, const UntaggedFn &onUntagged = {});
    /** The error runOk() makes of a tagged NO or BAD to `command`: its name and the server's words. */
    Error refusal(QByteArrayView command, const Response &tagged);

    /** IDLE (RFC 2177) on the selected folder: waits until wake() says yes to an untagged
     *  response (e.g. EXISTS), or maxMs passed, then sends DONE and reads the completion. True
     *  when woken, false on the time limit (the caller renews: servers drop an IDLE after 30
     *  minutes). A server without IDLE answers NO/BAD: an Error. */
    Result<bool> idle(int maxMs, const std::function<bool(const Response &)> &wake);

    /** Checked while waiting for the server; set from any thread to stop. */
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }
    const std::atomic_bool *cancelFlag() const { return m_cancel; }

    FailureKind failureKind() const { return m_failure; }
    QString peerCertificateSha256() const { return m_peerSha256; }
    QString peerKeyPin() const { return m_peerPin; }
    /** Bytes received since open() (for rates). */
    qint64 bytesReceived() const { return m_bytesIn; }

private:
    Status fail(FailureKind kind, Error error);
    Status sendAll(QByteArrayView bytes);
    Result<Response> readResponse();
    Status waitSocket(bool forWrite, int timeoutMs);
    /** One read of what the server has sent into the parser: false when nothing was waiting. A
     *  lost or closed connection is an error (and closes it). */
    Result<bool> readAvailable();
    /** The parser's error, worded for the user, as a failure that closes the connection. */
    Status parserFailure();
    void probeCertificate(const Endpoint &endpoint);

    void *m_curl = nullptr; // CURL*
    long long m_socket = -1;
    ResponseParser m_parser;
    QByteArray m_readBuf; ///< curl_easy_recv's buffer, allocated once per connection
    const std::atomic_bool *m_cancel = nullptr;
    int m_idleTimeoutMs = 60000;
    quint32 m_nextTag = 1;
    QByteArrayList m_inFlight;                 ///< tags sent and not finished, oldest first
    std::vector<Response> m_early;             ///< tagged answers that came before their finish()
    FailureKind m_failure = FailureKind::None;
    QString m_peerSha256;
    QString m_peerPin;
    QByteArrayList m_serverLines; // what the server said during libcurl's login, for its words
    qint64 m_bytesIn = 0;
    QString m_where; // host:port, for messages
};

/** Reads a secret from a command's first line of output (as mbsync's PassCmd): runs `sh -c
 *  command` with a timeout. The secret is never logged; the error names the command only. */
Result<QByteArray> secretFromCommand(const QString &command, int timeoutMs = 30000);

} // namespace mailtide::imap
