#pragma once
/** @short The open-relay test of the user's own SMTP server, and the submission-port check.
 *
 * libcurl connects (TCP, optional STARTTLS with the certificate verified, the greeting and EHLO:
 * CURLOPT_CONNECT_ONLY); Mailtide then speaks the rest itself over curl_easy_send/recv, because
 * libcurl's SMTP transfer always ends in DATA and this test must never send a message:
 *   MAIL FROM:<outside address>, RCPT TO:<another outside address>, read the verdict, RSET, QUIT.
 * RFC 5321 section 4.2: 250/251 to RCPT means the server accepted to relay to a domain it does not
 * serve, for a client it does not know — an open relay (RFC 2505 section 2). 5xx means it refuses;
 * 4xx says nothing (greylisting, a full queue) and is reported as inconclusive.
 *
 * Run it only against a host the user confirmed is theirs (the caller asks). Blocking, bounded by
 * timeoutMs per reply; meant for a worker thread; owns its CURL handle for the duration of a call.
 * Hostile servers get a clear error: replies are bounded (kMaxReplyLineBytes, kMaxReplyLines). */
#include "util/Result.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>
#include <utility>

namespace mailtide::selfcheck {

inline constexpr qsizetype kMaxReplyLineBytes = 4096;
inline constexpr int kMaxReplyLines = 128;

/** One SMTP reply (RFC 5321 section 4.2): a code and its text lines. */
struct SmtpReply
{
    int code = 0;
    QStringList lines; ///< the text after "250-" / "250 ", one per line
    bool positive() const { return code >= 200 && code < 300; }
    bool transient() const { return code >= 400 && code < 500; }
    bool permanent() const { return code >= 500 && code < 600; }
};

/** Reads one complete reply from the start of `buffer` (CRLF or LF line ends). nullopt when more
 *  bytes are needed; an Error when it is not SMTP (no 3-digit code, codes that change between lines,
 *  a line or reply over the bounds). `consumed` gets the bytes used. Pure. */
std::optional<Result<SmtpReply>> parseSmtpReply(QByteArrayView buffer, qsizetype *consumed);

struct SmtpProbeOptions
{
    QString host;
    quint16 port = 25;
    bool startTls = false;  ///< require STARTTLS before MAIL FROM (the certificate is verified)
    QString caFile;         ///< PEM certificates to trust for STARTTLS (CURLOPT_CAINFO); "": the system's
    QString heloName = QStringLiteral("relay-test.mailtide.invalid");
    /** Outside addresses: example domains (RFC 2606) nobody receives mail for. */
    QString mailFrom = QStringLiteral("relay-test@mailtide-probe.example");
    QString rcptTo = QStringLiteral("relay-test@example.net");
    int timeoutMs = 15000;  ///< for the connection and for each reply
    const std::atomic_bool *cancel = nullptr;
};

enum class RelayVerdict {
    OpenRelay,    ///< RCPT to an outside domain accepted
    RefusesRelay, ///< RCPT (or the outside sender) refused with 5xx
    Inconclusive, ///< a 4xx answer: try again later
    Error,        ///< could not connect, TLS failed, garbage, the line dropped
};
QString toString(RelayVerdict verdict); ///< "open-relay", "refuses-relay", "inconclusive", "error"

struct RelayProbeResult
{
    RelayVerdict verdict = RelayVerdict::Error;
    QString explanation;    ///< plain words for the report, including what to do
    QStringList transcript; ///< "S: 220 ..." / "C: MAIL FROM:<...>", in order
    int rcptCode = 0;       ///< the server's answer to RCPT TO, 0 when not reached
    bool tls = false;       ///< the test ran over STARTTLS
};

/** The open-relay test. Never sends DATA. */
RelayProbeResult probeOpenRelay(const SmtpProbeOptions &options);

/** "HOST", "HOST:PORT" or "[IPV6]:PORT" as the user types a server (defaultPort when none); nullopt
 *  when it is not that shape (an empty host, spaces, a slash, a port outside 1..65535). */
std::optional<std::pair<QString, quint16>> parseHostPort(const QString &text, quint16 defaultPort);

struct SubmissionCheck
{
    bool reachable = false;
    bool startTls = false;        ///< STARTTLS offered on the plain connection
    bool authAfterTls = false;    ///< AUTH offered once TLS is on
    bool authWithoutTls = false;  ///< AUTH offered in clear text (passwords could go unencrypted)
    QStringList authMechanisms;   ///< after TLS when there is TLS
    QString explanation;          ///< plain words
    QStringList transcript;
};

/** Does host:port (587 by default) offer submission as RFC 8314/6409 want: STARTTLS, then AUTH?
 *  Connects, EHLO, STARTTLS when offered (certificate verified, caFile trusted), EHLO, QUIT. Never
 *  logs in, never sends mail. Uses options.host, port (0: 587), caFile, heloName, timeoutMs. */
SubmissionCheck checkSubmission(SmtpProbeOptions options);

} // namespace mailtide::selfcheck
