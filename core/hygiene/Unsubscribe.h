#pragma once
/** @short Safe unsubscribe: decide how (plan), let the user confirm, then do it (execute).
 *
 * planUnsubscribe() is a pure function over what the message shows — List-Unsubscribe,
 * List-Unsubscribe-Post (RFC 2369, RFC 8058), the receiving server's Authentication-Results and
 * the classifier's verdict — and never touches the network. It picks one method:
 *  - OneClick: RFC 8058 HTTPS POST of "List-Unsubscribe=One-Click", only when the message offers it
 *    (Post header + an https URI) and passed DKIM for the list's domain (RFC 8058 section 4 asks for
 *    a DKIM signature; Mailtide asks that its d= be the From or List-Id registrable domain);
 *  - Mailto: an unsubscribe message through the user's own SMTP server (RFC 6068 URI: to, subject,
 *    body; never cc/bcc, one recipient);
 *  - Browser: any other link: the GUI opens it only after a warning;
 *  - Refused, with the reason in plain words: mail judged spam (answering confirms the address to
 *    the spammer), mail failing authentication (it may be forged), one-click without DKIM for the
 *    list's domain, one-click to plain http.
 * The GUI shows plan.question and calls executeUnsubscribe() only after the user said yes.
 *
 * executeUnsubscribe() blocks (bounded by the timeouts) and belongs on a worker thread; each call
 * owns its CURL handle. TLS is always verified; no cookies, no Referer, no redirect to http; the
 * SMTP password is used for the call and not kept. */
#include "mime/AuthResults.h"
#include "mime/ListHeaders.h"
#include "store/Types.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mailtide::mime {
struct ParsedMessage;
}

namespace mailtide::hygiene {

inline constexpr qsizetype kMaxMailtoBytes = 2048; ///< longer mailto URIs are refused

enum class UnsubscribeMethod { OneClick, Mailto, Browser, Refused };
QString toString(UnsubscribeMethod method); ///< "one-click", "mailto", "browser", "refused"

/** What planning needs of a message; inputFrom() fills it from a parsed one. */
struct UnsubscribeInput
{
    QString account;
    QString fromAddress;                   ///< the From addr-spec
    mime::ListHeaders list;
    QList<mime::AuthResults> authResults;  ///< in header order, top-most (the user's server) first
    /** authserv-ids of the user's own receiving servers. Empty: trust the top-most header only
     *  (the one the user's server added last). Otherwise the first header from one of these. */
    QStringList trustedAuthservIds;
    std::optional<store::Verdict> verdict; ///< unset: not classified
};
UnsubscribeInput inputFrom(const mime::ParsedMessage &message, const QString &account,
                           std::optional<store::Verdict> verdict);

/** RFC 6068 mailto URI, read for an unsubscribe: the first addr-spec only, subject and body
 *  percent-decoded, CR/LF in the subject flattened (no header injection), cc/bcc ignored. */
struct MailtoTarget
{
    QString to;
    QString subject;
    QString body;
};
/** nullopt when there is no usable address (empty, no '@', control characters, too long). */
std::optional<MailtoTarget> parseMailto(const QString &uri);

struct UnsubscribePlan
{
    UnsubscribeMethod method = UnsubscribeMethod::Refused;
    QString account;
    QString sender;  ///< the From address, lower-case: what "still mailing" is matched on
    QString listId;  ///< "" when none
    QString target;  ///< the URI acted on (https URL, mailto URI, or the link for the browser)
    MailtoTarget mailto; ///< for Mailto
    QString reason;   ///< why this method, or why refused: plain words
    QString question; ///< what the GUI asks before execute ("Send ... to ...?"); "" when refused
    QString warning;  ///< Browser: what opening the link may tell the sender
};
UnsubscribePlan planUnsubscribe(const UnsubscribeInput &input);

struct HttpsSettings
{
    QString caFile;          ///< PEM certificates to trust (CURLOPT_CAINFO, in place of the system bundle); "": the system's
    int timeoutMs = 20000;   ///< the whole request, connection included
};

struct SmtpSettings
{
    enum class Tls { Implicit, StartTls };
    QString host;
    quint16 port = 0;        ///< 0: 465 implicit, 587 STARTTLS
    Tls tls = Tls::StartTls;
    QString user;            ///< "" : no AUTH (a server that trusts the network)
    QByteArray password;     ///< for this call only
    QString caFile;          ///< as HttpsSettings::caFile, for STARTTLS or implicit TLS
    QString fromAddress;     ///< the user's address, envelope and From:
    int timeoutMs = 30000;
};

/** What happened, in words for the log and the user ("the server answered 200"). */
struct UnsubscribeOutcome
{
    bool ok = false;
    QString detail;
};

/** Carries out a confirmed OneClick or Mailto plan. Browser and Refused plans are an Error (the
 *  GUI opens the browser itself after its warning). Network failures, a non-2xx answer, a redirect
 *  to http or a timeout are Errors with the reason. */
Result<UnsubscribeOutcome> executeUnsubscribe(const UnsubscribePlan &plan, const HttpsSettings &https,
                                              const SmtpSettings &smtp);

/** The message executeUnsubscribe() sends for a Mailto plan (RFC 5322, UTF-8 text), with
 *  `date` and `messageId` as given; pure, for tests and the preview. */
QByteArray mailtoMessage(const UnsubscribePlan &plan, const QString &fromAddress, const QString &date,
                         const QString &messageId);

} // namespace mailtide::hygiene
