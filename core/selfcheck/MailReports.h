#pragma once
/** @short Bounces and complaints in the user's mailbox taken apart: delivery status notifications
 *  (RFC 3464, multipart/report; report-type=delivery-status) and abuse feedback reports (ARF,
 *  RFC 5965, multipart/report; report-type=feedback-report), and — best effort — the common
 *  non-standard bounces (qmail's "Hi. This is the qmail-send program", old Exim/Sendmail text
 *  bounces from MAILER-DAEMON with the returned headers quoted in the body).
 *
 * What the self-check wants from each: which message of ours it is about (the returned message's
 * Message-ID, From, Subject), to whom it failed or who complained, and from which IP the returned
 * message really came (ARF's Source-IP, else the top-most public IP in the returned message's
 * Received chain: the host that handed it to the bouncing server). A bounce for a Message-ID that
 * is not in the Sent folder is backscatter: someone forged the user's address.
 *
 * Pure functions over bytes: thread-safe, bounded (mime::ParseLimits), never fail; hostile input
 * gives nullopt or a report with what could be read. */
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>

namespace mailtide::selfcheck {

enum class MailReportKind {
    Dsn,          ///< RFC 3464 delivery status notification
    Arf,          ///< RFC 5965 feedback report (a complaint)
    LegacyBounce, ///< a bounce without the RFC 3464 structure (qmail, old MTAs), recognised by its shape
};
QString toString(MailReportKind kind); ///< "dsn", "arf", "bounce" (JSON and scripts read them)

struct MailReport
{
    MailReportKind kind = MailReportKind::Dsn;
    std::optional<qint64> dateUtc; ///< the report's own Date:, seconds since the epoch
    QString reporter;              ///< DSN Reporting-MTA (without "dns;"); ARF Reporting-MTA or User-Agent; else the From address

    // DSN (and legacy bounces, as far as they say it)
    QStringList recipients; ///< Final-Recipient (else Original-Recipient) addresses, without "rfc822;"; ARF: Original-Rcpt-To (who complained)
    QString action;         ///< of the first recipient: "failed", "delayed", "delivered", "relayed", "expanded"
    QString status;         ///< of the first recipient: "5.1.1"
    QString diagnostic;     ///< of the first recipient: Diagnostic-Code without its type, one line

    // ARF
    QString feedbackType;   ///< "abuse", "fraud", "virus", "auth-failure", "not-spam", "other"
    QString reportedDomain; ///< Reported-Domain
    std::optional<qint64> arrivalUtc; ///< Arrival-Date / Received-Date (a DSN's Arrival-Date too)

    // The returned (or reported) message: message/rfc822, text/rfc822-headers, or quoted text
    bool hasOriginal = false; ///< some of its headers were found
    QString originalMessageId; ///< without angle brackets; "" when the bounce did not return it
    QString originalFrom;      ///< addr-spec of its From:, lower case
    QString originalMailFrom;  ///< ARF Original-Mail-From, or the returned Return-Path, lower case
    QString originalSubject;
    std::optional<qint64> originalDateUtc;
    QString sourceIp; ///< ARF Source-IP, else the top-most public IP of the returned Received chain; canonical text
};

/** The report this message is, or nullopt when it is none of the kinds above (an ordinary message,
 *  a DMARC aggregate report, garbage). */
std::optional<MailReport> parseMailReport(QByteArrayView raw);

} // namespace mailtide::selfcheck
