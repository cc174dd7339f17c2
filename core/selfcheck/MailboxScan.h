#pragma once
/** @short The self-check's look at the user's own mailbox, over IMAP: the Sent folder (messages
 *  per day and their spikes, the DKIM selectors and outbound IPs the domain really uses) and the
 *  other folders' bounces, complaints and DMARC aggregate reports.
 *
 * What it does on the server, all read-only (LIST, EXAMINE, UID SEARCH, UID FETCH with BODY.PEEK —
 * never a flag changed):
 *  - the folders are those LIST gives now; a folder's use is the stored one when the store knows
 *    the folder (store::Store::imapFolders: the user's choice, kept by a sync), else the server's
 *    special-use attribute or the name providers use (imap::specialUseOf);
 *  - Sent (the folder whose use is \\Sent): UID FETCH of INTERNALDATE and BODY.PEEK[HEADER.FIELDS
 *    (MESSAGE-ID DATE FROM DKIM-SIGNATURE RECEIVED)] of the messages of the last `days` days (UID
 *    SEARCH SINCE, then INTERNALDATE decides) — no body is read;
 *  - every other folder except Trash and Drafts: UID SEARCH SINCE for the window, BODYSTRUCTURE
 *    and From/Subject of those, and the whole message (BODY.PEEK[]<0.maxMessageBytes>) only of the
 *    ones whose structure is multipart/report or carries a zip/gzip/xml part, or that come from
 *    MAILER-DAEMON/postmaster or have a bounce's or a DMARC report's subject. A message larger
 *    than maxMessageBytes is not read (a problem line names it); at most maxCandidatesPerFolder
 *    (the newest) are read per folder, and at most 50,000 messages per folder looked at.
 * A bounce or complaint whose returned Message-ID is in Sent is the user's own mail bouncing;
 * one whose Message-ID is not (or that returned none), with a From or envelope sender in the domain,
 * is backscatter. One about mail of another domain is left out (it is not about this domain).
 * Message-IDs are compared without angle brackets, ignoring case.
 *
 * Blocking; run it on a worker, on the thread that owns the Connection. cancel is checked between
 * commands; progress is reported from the calling thread. */
#include "selfcheck/DmarcAggregate.h"
#include "selfcheck/MailReports.h"
#include "selfcheck/SelfCheckReport.h"
#include "selfcheck/SentVolume.h"
#include "util/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <atomic>
#include <functional>

namespace mailtide::imap {
class Connection;
}
namespace mailtide::store {
class Store;
}

namespace mailtide::selfcheck {

struct MailboxScanOptions
{
    QString domain;        ///< the user's domain: DKIM d= and From addresses are matched against it (and its subdomains)
    int days = 180;        ///< how far back
    qsizetype maxMessageBytes = 2 * 1024 * 1024;
    std::function<qint64()> clock; ///< seconds since the epoch; unset: the system clock
    QTimeZone zone = QTimeZone::systemTimeZone(); ///< whose calendar days sentPerDay counts
    int maxCandidatesPerFolder = 5000; ///< messages read whole per folder (the newest); more: a problem line
    /** (done, total, what): "Reading Sent", "Looking for reports in INBOX" ... */
    std::function<void(qint64, qint64, const QString &)> progress;
    const std::atomic_bool *cancel = nullptr;
};

struct FoundReport
{
    MailReport report;
    QString folder;       ///< display name
    quint64 uid = 0;
    qint64 arrivedUtc = 0; ///< INTERNALDATE
    bool ourMail = false;  ///< the returned Message-ID is in Sent: a real bounce of the user's mail
    bool backscatter() const { return !ourMail; }
};

struct SelectorUse
{
    QString selector;
    QString domain; ///< d=
    int messages = 0;
};

struct IpUse
{
    QString ip;
    int messages = 0;
};

struct MailboxFindings
{
    QString account;
    QString sentFolder;             ///< "" when the account has none (then no volume, selectors or "ourMail")
    QStringList foldersScanned;
    qint64 windowStartUtc = 0;
    qint64 windowEndUtc = 0;
    qint64 sentMessages = 0;
    QList<DayCount> sentPerDay;     ///< perDay() of the Sent messages' INTERNALDATEs
    QList<VolumeSpike> spikes;      ///< detectSpikes(sentPerDay)
    QList<SelectorUse> dkimSelectors; ///< from Sent's DKIM-Signature with d= the domain, most used first
    QList<IpUse> outboundIps;       ///< public IPs of the first hop of Sent copies' Received chain, most used first
    QList<FoundReport> reports;     ///< bounces and complaints, oldest first
    QList<DmarcAggregateReport> dmarc; ///< aggregate reports for the domain (others are skipped and counted in problems)
    QStringList problems;           ///< what could not be read, per message, in plain words

    int backscatterCount() const; ///< bounces (not ARF) for mail never sent; 0 without a Sent folder
    int complaintCount() const; ///< ARF reports (any)
    /** The backscatter bounces' origin IPs (MailReport::sourceIp), most bounces first. */
    QList<IpUse> backscatterSources() const;
    /** IPs of DMARC report rows that pass neither aligned SPF nor DKIM, most messages first. */
    QList<IpUse> dmarcFailingSources() const;
};

/** Counts per IP as IpUse, most used first (ties by IP, so the order is stable). */
QList<IpUse> rankedIpUses(const QHash<QString, int> &counts);

/** Scans the account's folders (as stored: run a sync first) over an open, logged-in connection. */
Result<MailboxFindings> scanMailbox(imap::Connection &connection, store::Store &store, qint64 accountId,
                                    const MailboxScanOptions &options);

/** The findings the mailbox gives, with severities and fixes in plain words:
 *  "mailbox.backscatter" (warning; severe at 20 or more in the window), "mailbox.complaint" (ARF about
 *  mail the user sent: severe), "mailbox.forged-complaint", "mailbox.sent-spike" (severe, one per
 *  spike), "dmarc-report.failing-sources" (IPs sending as the domain that pass neither SPF nor DKIM,
 *  warning), "dmarc-report.unaligned-own" (the user's outbound IPs failing), "dmarc-report.none"
 *  (info: no reports arrive: add rua=), and ok lines for what is fine ("mailbox.no-backscatter",
 *  "mailbox.sent-steady"). */
void addMailboxFindings(Report &report, const MailboxFindings &mailbox);

/** For JSON output: the findings' data (per-day counts, spikes, reports, DMARC sources). */
QByteArray mailboxToJson(const MailboxFindings &mailbox);

/** For a terminal: a short section (sent per day summary, spikes, selectors and outbound IPs,
 *  backscatter count and top origin IPs, complaints, DMARC sources, what could not be read). */
QString mailboxToText(const MailboxFindings &mailbox);

} // namespace mailtide::selfcheck
