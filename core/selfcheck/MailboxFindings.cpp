// The pure half of selfcheck/MailboxScan.h: what the scan's numbers mean (findings with fixes in
// plain words), and the same numbers as JSON and as a short text section. No I/O; the scan over
// IMAP is in MailboxScan.cpp.
#include "selfcheck/MailboxScan.h"

#include <QCoreApplication>
#include <QSet>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace mailtide::selfcheck {

namespace {

/** At this many bounces for mail never sent in the window, backscatter is severe. */
constexpr int kSevereBackscatter = 20;

QString isoDay(qint64 utc)
{
    return utc > 0 ? QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).date().toString(Qt::ISODate) : QString();
}

QString isoTime(qint64 utc)
{
    return utc > 0 ? QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).toString(Qt::ISODate) : QString();
}

/** MailReportKind as JSON names it (the same words as toString() in MailReports.h). */
QString kindName(MailReportKind k)
{
    switch (k) {
    case MailReportKind::Dsn: return QStringLiteral("dsn");
    case MailReportKind::Arf: return QStringLiteral("arf");
    case MailReportKind::LegacyBounce: return QStringLiteral("bounce");
    }
    return {};
}

bool isBounce(const FoundReport &r)
{
    return r.report.kind != MailReportKind::Arf;
}


QString ipList(const QList<IpUse> &ips, int max)
{
    QStringList parts;
    for (qsizetype i = 0; i < ips.size() && i < max; ++i)
        parts << QStringLiteral("%1 (%2)").arg(ips[i].ip).arg(ips[i].messages);
    if (ips.size() > max)
        parts << QCoreApplication::translate("SelfCheck", "and %n more", nullptr, int(ips.size() - max));
    return parts.join(QStringLiteral(", "));
}

qint64 rowsTotal(const DmarcAggregateReport &r, bool failingOnly)
{
    qint64 n = 0;
    for (const DmarcRow &row : r.rows)
        if (!failingOnly || !row.passes())
            n += row.count;
    return n;
}

} // namespace

QList<IpUse> rankedIpUses(const QHash<QString, int> &counts)
{
    QList<IpUse> out;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const IpUse &a, const IpUse &b) {
        return a.messages != b.messages ? a.messages > b.messages : a.ip < b.ip;
    });
    return out;
}

int MailboxFindings::backscatterCount() const
{
    if (sentFolder.isEmpty())
        return 0; // without Sent, "never sent" cannot be told
    return int(std::count_if(reports.begin(), reports.end(), [](const FoundReport &r) { return isBounce(r) && r.backscatter(); }));
}

int MailboxFindings::complaintCount() const
{
    return int(std::count_if(reports.begin(), reports.end(), [](const FoundReport &r) { return r.report.kind == MailReportKind::Arf; }));
}

QList<IpUse> MailboxFindings::backscatterSources() const
{
    QHash<QString, int> counts;
    if (sentFolder.isEmpty())
        return {};
    for (const FoundReport &r : reports)
        if (isBounce(r) && r.backscatter() && !r.report.sourceIp.isEmpty())
            ++counts[r.report.sourceIp];
    return rankedIpUses(counts);
}

QList<IpUse> MailboxFindings::dmarcFailingSources() const
{
    QHash<QString, qint64> counts;
    for (const DmarcAggregateReport &r : dmarc)
        for (const DmarcRow &row : r.rows)
            if (!row.passes() && !row.sourceIp.isEmpty())
                counts[row.sourceIp] += row.count;
    QHash<QString, int> asInt;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        asInt.insert(it.key(), int(std::min<qint64>(it.value(), std::numeric_limits<int>::max())));
    return rankedIpUses(asInt);
}

void addMailboxFindings(Report &report, const MailboxFindings &m)
{
    const QString domain = report.domain;
    const QLocale locale;
    const auto add = [&](const char *id, Severity s, const QString &subject, const QString &title, const QString &fix,
                         const QString &detail = {}) {
        report.add(Finding{QString::fromLatin1(id), s, subject, title, fix, detail});
    };
    const QString account = m.account.isEmpty() ? QCoreApplication::translate("SelfCheck", "the mailbox") : m.account;

    // Sent: volume, spikes.
    if (m.sentFolder.isEmpty()) {
        add("mailbox.no-sent-folder", Severity::Info, account,
            QCoreApplication::translate("SelfCheck", "No Sent folder was found, so the messages you send per day, your DKIM selectors and outbound addresses could not "
               "be read, and bounces cannot be told from backscatter."),
            QCoreApplication::translate("SelfCheck", "Mark the folder your mail program keeps sent mail in as Sent (Mailtide: folder use 'sent')."));
    } else {
        for (const VolumeSpike &s : m.spikes) {
            add("mailbox.sent-spike", Severity::Severe, m.sentFolder,
                QCoreApplication::translate("SelfCheck", "On %1 you sent %2 messages, against a usual %3 a day.")
                    .arg(s.day.toString(Qt::ISODate))
                    .arg(s.count)
                    .arg(locale.toString(s.baseline, 'f', s.baseline == std::floor(s.baseline) ? 0 : 1)),
                QCoreApplication::translate("SelfCheck", "Check that account and the machines that send through it for a spambot or a stolen password; change its "
                   "password, and block outbound TCP port 25 from workstations so that mail leaves only through authenticated "
                   "submission (port 587)."),
                QCoreApplication::translate("SelfCheck", "threshold %1 messages, from the %2 days before")
                    .arg(locale.toString(s.threshold, 'f', 1))
                    .arg(SpikeOptions{}.window));
        }
        if (m.spikes.isEmpty()) {
            const qsizetype days = std::max<qsizetype>(1, m.sentPerDay.size());
            add("mailbox.sent-steady", Severity::Ok, m.sentFolder,
                QCoreApplication::translate("SelfCheck", "You sent %1 messages over %2 days, with no sudden jump.")
                    .arg(m.sentMessages)
                    .arg(days),
                {});
        }
    }

    // Bounces and complaints.
    QList<const FoundReport *> backscatter, ownBounces, complaints, forgedComplaints;
    for (const FoundReport &r : m.reports) {
        if (r.report.kind == MailReportKind::Arf)
            (r.ourMail ? complaints : forgedComplaints) << &r;
        else if (!m.sentFolder.isEmpty())
            (r.ourMail ? ownBounces : backscatter) << &r;
    }
    if (!backscatter.isEmpty()) {
        const QList<IpUse> origins = m.backscatterSources();
        QStringList lines;
        for (const FoundReport *r : backscatter)
            lines << QStringLiteral("%1 %2 <%3> %4").arg(isoDay(r->arrivedUtc), r->folder,
                                                          r->report.originalMessageId.isEmpty() ? QCoreApplication::translate("SelfCheck", "no Message-ID") : r->report.originalMessageId,
                                                          r->report.sourceIp.isEmpty() ? QCoreApplication::translate("SelfCheck", "origin unknown") : r->report.sourceIp);
        add("mailbox.backscatter", backscatter.size() >= kSevereBackscatter ? Severity::Severe : Severity::Warning, domain,
            QCoreApplication::translate("SelfCheck", "Someone sends mail with your address forged: %1 bounces in your mailbox are for mail "
                                                     "you never sent, from %2 distinct IPs%3.")
                .arg(backscatter.size())
                .arg(origins.size())
                .arg(origins.isEmpty() ? QString() : QStringLiteral(": ") + ipList(origins, 5)),
            QCoreApplication::translate("SelfCheck", "Publish SPF -all and DMARC p=reject so receivers refuse it instead of bouncing it to you. The origin IPs are "
               "the forgers' machines (often hacked PCs in a botnet), not yours."),
            lines.mid(0, 50).join(QStringLiteral("; ")));
    } else if (!m.sentFolder.isEmpty()) {
        add("mailbox.no-backscatter", Severity::Ok, domain,
            QCoreApplication::translate("SelfCheck", "No bounce in the mailbox is for mail you did not send: nothing shows your address being forged."), {});
    }
    if (!ownBounces.isEmpty()) {
        QStringList lines;
        for (const FoundReport *r : ownBounces)
            lines << QStringLiteral("%1 %2 %3 %4").arg(isoDay(r->arrivedUtc), r->report.recipients.join(QLatin1Char(',')), r->report.status,
                                                       r->report.diagnostic.left(120));
        add("mailbox.bounces", Severity::Info, domain,
            QCoreApplication::translate("SelfCheck", "%n of the messages you sent bounced.", nullptr, int(ownBounces.size())),
            QCoreApplication::translate("SelfCheck", "Read why (the status and diagnostic below); remove addresses that no longer exist from your lists."),
            lines.mid(0, 50).join(QStringLiteral("; ")));
    }
    for (const FoundReport *r : complaints)
        add("mailbox.complaint", Severity::Severe, r->report.reporter.isEmpty() ? domain : r->report.reporter,
            QCoreApplication::translate("SelfCheck", "A recipient reported a message you sent as %1 (%2, subject \"%3\").")
                .arg(r->report.feedbackType.isEmpty() ? QStringLiteral("abuse") : r->report.feedbackType, isoDay(r->arrivedUtc),
                     r->report.originalSubject.left(80)),
            QCoreApplication::translate("SelfCheck", "Send only to people who asked for your mail, make unsubscribing one click, and remove the complainant from "
               "your lists; repeated complaints get your domain and servers blocked."),
            QStringLiteral("<%1> %2").arg(r->report.originalMessageId, r->report.sourceIp));
    for (const FoundReport *r : forgedComplaints)
        add("mailbox.forged-complaint", Severity::Warning, r->report.reporter.isEmpty() ? domain : r->report.reporter,
            QCoreApplication::translate("SelfCheck", "A complaint (%1, %2) is about a message you never sent, with your address forged%3.")
                .arg(r->report.feedbackType.isEmpty() ? QStringLiteral("abuse") : r->report.feedbackType, isoDay(r->arrivedUtc),
                     r->report.sourceIp.isEmpty() ? QString() : QCoreApplication::translate("SelfCheck", ", sent from %1").arg(r->report.sourceIp)),
            QCoreApplication::translate("SelfCheck", "Nothing to do about the message itself; publish DMARC p=reject (and SPF -all) so receivers refuse forged mail, "
               "and tell the reporter it was not yours if it asks."),
            QStringLiteral("<%1> %2").arg(r->report.originalMessageId, r->report.originalFrom));

    // DMARC aggregate reports.
    if (m.dmarc.isEmpty()) {
        add("dmarc-report.none", Severity::Info, domain,
            QCoreApplication::translate("SelfCheck", "No DMARC aggregate report arrived in the mailbox in the window: you cannot see who sends mail as your domain."),
            QCoreApplication::translate("SelfCheck", "Add rua=mailto:an-address-you-read to the _dmarc.%1 record (or a DMARC report "
                                                     "service's address).").arg(domain));
    } else {
        QSet<QString> own;
        for (const IpUse &ip : m.outboundIps)
            own.insert(ip.ip);
        QHash<QString, int> failingOwn;
        QHash<QString, int> failingOther;
        qint64 total = 0, failing = 0;
        QSet<QString> reporters;
        for (const DmarcAggregateReport &r : m.dmarc) {
            reporters.insert(r.orgName);
            total += rowsTotal(r, false);
            failing += rowsTotal(r, true);
            for (const DmarcRow &row : r.rows)
                if (!row.passes() && !row.sourceIp.isEmpty())
                    (own.contains(row.sourceIp) ? failingOwn : failingOther)[row.sourceIp] += int(std::min<qint64>(row.count, 1 << 30));
        }
        if (!failingOther.isEmpty()) {
            const QList<IpUse> ips = rankedIpUses(failingOther);
            qint64 n = 0;
            for (const IpUse &u : ips)
                n += u.messages;
            add("dmarc-report.failing-sources", Severity::Warning, domain,
                QCoreApplication::translate("SelfCheck", "Receivers saw %1 messages as %2 from %3 IPs that pass neither SPF nor DKIM: %4.")
                    .arg(n)
                    .arg(domain)
                    .arg(ips.size())
                    .arg(ipList(ips, 8)),
                QCoreApplication::translate("SelfCheck", "If these are not your servers, someone forges your domain: keep (or move) DMARC at p=reject. If one is yours "
                   "(a newsletter service, a CRM, a scanner), add it to SPF and have it sign with DKIM for your domain."));
        }
        if (!failingOwn.isEmpty()) {
            const QList<IpUse> ips = rankedIpUses(failingOwn);
            add("dmarc-report.unaligned-own", Severity::Warning, domain,
                QCoreApplication::translate("SelfCheck", "Your own outbound servers fail DMARC at receivers: %1.").arg(ipList(ips, 8)),
                QCoreApplication::translate("SelfCheck", "Add these addresses to your SPF record and sign their mail with DKIM for your domain (d= your domain), or your "
                   "own mail will be refused under p=reject."));
        }
        if (failingOther.isEmpty() && failingOwn.isEmpty())
            add("dmarc-report.ok", Severity::Ok, domain,
                QCoreApplication::translate("SelfCheck", "%1 DMARC reports from %2 receivers: all %3 messages passed SPF or DKIM.")
                    .arg(m.dmarc.size())
                    .arg(reporters.size())
                    .arg(total),
                {});
        Q_UNUSED(failing);
    }
}

QByteArray mailboxToJson(const MailboxFindings &m)
{
    QJsonObject o;
    o.insert(QStringLiteral("account"), m.account);
    o.insert(QStringLiteral("sent_folder"), m.sentFolder);
    o.insert(QStringLiteral("folders_scanned"), QJsonArray::fromStringList(m.foldersScanned));
    o.insert(QStringLiteral("window_start"), isoTime(m.windowStartUtc));
    o.insert(QStringLiteral("window_end"), isoTime(m.windowEndUtc));
    o.insert(QStringLiteral("sent_messages"), m.sentMessages);
    QJsonArray perDay;
    for (const DayCount &d : m.sentPerDay)
        perDay.append(QJsonObject{{QStringLiteral("day"), d.day.toString(Qt::ISODate)}, {QStringLiteral("count"), d.count}});
    o.insert(QStringLiteral("sent_per_day"), perDay);
    QJsonArray spikes;
    for (const VolumeSpike &s : m.spikes)
        spikes.append(QJsonObject{{QStringLiteral("day"), s.day.toString(Qt::ISODate)},
                                  {QStringLiteral("count"), s.count},
                                  {QStringLiteral("baseline"), s.baseline},
                                  {QStringLiteral("threshold"), s.threshold}});
    o.insert(QStringLiteral("spikes"), spikes);
    QJsonArray selectors;
    for (const SelectorUse &s : m.dkimSelectors)
        selectors.append(QJsonObject{{QStringLiteral("selector"), s.selector}, {QStringLiteral("domain"), s.domain},
                                     {QStringLiteral("messages"), s.messages}});
    o.insert(QStringLiteral("dkim_selectors"), selectors);
    const auto ips = [](const QList<IpUse> &list) {
        QJsonArray a;
        for (const IpUse &u : list)
            a.append(QJsonObject{{QStringLiteral("ip"), u.ip}, {QStringLiteral("messages"), u.messages}});
        return a;
    };
    o.insert(QStringLiteral("outbound_ips"), ips(m.outboundIps));
    o.insert(QStringLiteral("backscatter"), m.backscatterCount());
    o.insert(QStringLiteral("backscatter_sources"), ips(m.backscatterSources()));
    o.insert(QStringLiteral("complaints"), m.complaintCount());
    QJsonArray reports;
    for (const FoundReport &r : m.reports) {
        const MailReport &x = r.report;
        reports.append(QJsonObject{{QStringLiteral("kind"), kindName(x.kind)},
                                   {QStringLiteral("folder"), r.folder},
                                   {QStringLiteral("uid"), qint64(r.uid)},
                                   {QStringLiteral("arrived"), isoTime(r.arrivedUtc)},
                                   {QStringLiteral("our_mail"), r.ourMail},
                                   {QStringLiteral("reporter"), x.reporter},
                                   {QStringLiteral("recipients"), QJsonArray::fromStringList(x.recipients)},
                                   {QStringLiteral("action"), x.action},
                                   {QStringLiteral("status"), x.status},
                                   {QStringLiteral("diagnostic"), x.diagnostic},
                                   {QStringLiteral("feedback_type"), x.feedbackType},
                                   {QStringLiteral("original_message_id"), x.originalMessageId},
                                   {QStringLiteral("original_from"), x.originalFrom},
                                   {QStringLiteral("original_subject"), x.originalSubject},
                                   {QStringLiteral("source_ip"), x.sourceIp}});
    }
    o.insert(QStringLiteral("reports"), reports);
    QJsonArray dmarc;
    for (const DmarcAggregateReport &r : m.dmarc) {
        QJsonArray rows;
        for (const DmarcRow &row : r.rows)
            rows.append(QJsonObject{{QStringLiteral("source_ip"), row.sourceIp},
                                    {QStringLiteral("count"), row.count},
                                    {QStringLiteral("disposition"), row.disposition},
                                    {QStringLiteral("dkim"), row.dkim},
                                    {QStringLiteral("spf"), row.spf},
                                    {QStringLiteral("header_from"), row.headerFrom},
                                    {QStringLiteral("passes"), row.passes()}});
        dmarc.append(QJsonObject{{QStringLiteral("org_name"), r.orgName},
                                 {QStringLiteral("report_id"), r.reportId},
                                 {QStringLiteral("begin"), isoTime(r.beginUtc)},
                                 {QStringLiteral("end"), isoTime(r.endUtc)},
                                 {QStringLiteral("domain"), r.domain},
                                 {QStringLiteral("p"), r.p},
                                 {QStringLiteral("messages"), rowsTotal(r, false)},
                                 {QStringLiteral("failing_messages"), rowsTotal(r, true)},
                                 {QStringLiteral("rows"), rows}});
    }
    o.insert(QStringLiteral("dmarc"), dmarc);
    o.insert(QStringLiteral("dmarc_failing_sources"), ips(m.dmarcFailingSources()));
    o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(m.problems));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString mailboxToText(const MailboxFindings &m)
{
    QString out;
    const auto line = [&](const QString &s) { out += s + QLatin1Char('\n'); };
    line(QCoreApplication::translate("SelfCheck", "Mailbox %1, %2 to %3; folders read: %4")
             .arg(m.account, isoDay(m.windowStartUtc), isoDay(m.windowEndUtc), m.foldersScanned.join(QStringLiteral(", "))));
    if (m.sentFolder.isEmpty()) {
        line(QCoreApplication::translate("SelfCheck", "  Sent: no Sent folder found"));
    } else {
        int busiest = 0;
        QDate busiestDay;
        for (const DayCount &d : m.sentPerDay)
            if (d.count > busiest) {
                busiest = d.count;
                busiestDay = d.day;
            }
        const qsizetype days = std::max<qsizetype>(1, m.sentPerDay.size());
        line(QCoreApplication::translate("SelfCheck", "  Sent (%1): %2 messages over %3 days, %4 a day on average, at most %5 (%6)")
                 .arg(m.sentFolder)
                 .arg(m.sentMessages)
                 .arg(days)
                 .arg(QString::number(double(m.sentMessages) / double(days), 'f', 1))
                 .arg(busiest)
                 .arg(busiestDay.toString(Qt::ISODate)));
        for (const VolumeSpike &s : m.spikes)
            line(QCoreApplication::translate("SelfCheck", "  Spike: %1, %2 messages (usual %3 a day)")
                     .arg(s.day.toString(Qt::ISODate))
                     .arg(s.count)
                     .arg(QString::number(s.baseline, 'f', 1)));
        QStringList sel;
        for (const SelectorUse &s : m.dkimSelectors)
            sel << QStringLiteral("%1 (d=%2, %3)").arg(s.selector, s.domain).arg(s.messages);
        line(QCoreApplication::translate("SelfCheck", "  DKIM selectors in Sent: ") + (sel.isEmpty() ? QCoreApplication::translate("SelfCheck", "none") : sel.join(QStringLiteral(", "))));
        line(QCoreApplication::translate("SelfCheck", "  Outbound IPs in Sent: ") + (m.outboundIps.isEmpty() ? QCoreApplication::translate("SelfCheck", "none found") : ipList(m.outboundIps, 5)));
    }
    const QList<IpUse> origins = m.backscatterSources();
    line(QCoreApplication::translate("SelfCheck", "  Bounces for mail never sent (backscatter): %1%2")
             .arg(m.backscatterCount())
             .arg(origins.isEmpty() ? QString() : QCoreApplication::translate("SelfCheck", ", from %1").arg(ipList(origins, 5))));
    line(QCoreApplication::translate("SelfCheck", "  Complaints (ARF): %1").arg(m.complaintCount()));
    qint64 total = 0;
    for (const DmarcAggregateReport &r : m.dmarc)
        total += rowsTotal(r, false);
    const QList<IpUse> failing = m.dmarcFailingSources();
    line(QCoreApplication::translate("SelfCheck", "  DMARC reports: %1, %2 messages; failing sources: %3")
             .arg(m.dmarc.size())
             .arg(total)
             .arg(failing.isEmpty() ? QCoreApplication::translate("SelfCheck", "none") : ipList(failing, 5)));
    if (!m.problems.isEmpty()) {
        line(QCoreApplication::translate("SelfCheck", "  Not read (%1):").arg(m.problems.size()));
        for (qsizetype i = 0; i < m.problems.size() && i < 10; ++i)
            line(QStringLiteral("    ") + m.problems[i]);
    }
    return out;
}

} // namespace mailtide::selfcheck
