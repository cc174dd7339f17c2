#pragma once
/** @short DMARC aggregate reports (RFC 7489 section 7.2 and appendix C, the "rua" XML) as they
 *  arrive by mail: the XML alone, gzipped (.xml.gz) or zipped (.zip), as the whole message body
 *  or as an attachment. Who sends mail as the user's domain, from which IPs, how many messages, and
 *  whether SPF and DKIM passed and aligned.
 *
 * Pure functions over bytes: thread-safe, bounded (selfcheck/Archive.h limits, at most kMaxDmarcRows
 * rows per report), never fail on hostile input (QXmlStreamReader: no external entities, no DTD
 * expansion). */
#include "util/Result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace mailtide::selfcheck {

inline constexpr int kMaxDmarcRows = 100000;

struct DmarcAuthResult
{
    QString domain;
    QString result;   ///< as written, lower case: "pass", "fail", "softfail", "neutral", "none", "temperror", "permerror"
    QString selector; ///< DKIM only
};

struct DmarcRow
{
    QString sourceIp; ///< canonical text
    qint64 count = 0;
    QString disposition; ///< policy_evaluated: "none", "quarantine", "reject"
    QString dkim;        ///< policy_evaluated (aligned result): "pass" / "fail"
    QString spf;         ///< policy_evaluated (aligned result): "pass" / "fail"
    QStringList reasons; ///< policy_evaluated reason types ("forwarded", "local_policy", ...)
    QString headerFrom;
    QString envelopeFrom;
    QList<DmarcAuthResult> dkimResults; ///< auth_results, raw (not aligned)
    QList<DmarcAuthResult> spfResults;

    bool passes() const { return dkim == QLatin1String("pass") || spf == QLatin1String("pass"); }
};

struct DmarcAggregateReport
{
    QString orgName;   ///< report_metadata: who reports ("google.com")
    QString email;
    QString reportId;
    qint64 beginUtc = 0; ///< date_range
    qint64 endUtc = 0;
    QString domain;    ///< policy_published
    QString p;         ///< "none", "quarantine", "reject"
    QString sp;
    int pct = 100;
    QString adkim;     ///< "r" / "s"
    QString aspf;
    QList<DmarcRow> rows;
    QStringList problems; ///< what could not be read (a row without an IP, rows beyond kMaxDmarcRows)

    qint64 messages() const;       ///< sum of the rows' counts
    qint64 failingMessages() const; ///< sum over rows that pass neither aligned SPF nor DKIM
};

/** One report from its XML. An Error when it is not a DMARC aggregate report (no <feedback>, no
 *  <policy_published><domain>) or not well-formed before the first record. */
Result<DmarcAggregateReport> parseDmarcAggregateXml(QByteArrayView xml);

struct DmarcInMessage
{
    QList<DmarcAggregateReport> reports;
    QStringList problems; ///< attachments that looked like reports and could not be read, and why
    bool looksLikeReport = false; ///< an xml/zip/gzip part or a "Report Domain:" subject was found
};

/** The reports a message carries: each part (or the whole body) of type application/zip,
 *  application/gzip, application/x-gzip, application/x-zip-compressed, text/xml or application/xml,
 *  or with a name ending .zip/.gz/.xml, is decoded, decompressed and parsed. */
DmarcInMessage dmarcReportsIn(QByteArrayView raw);

} // namespace mailtide::selfcheck
