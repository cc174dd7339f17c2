#include "selfcheck/SelfCheckHistory.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace mailtide::selfcheck {

namespace {

std::optional<Severity> severityFromName(const QString &name)
{
    for (Severity s : {Severity::Ok, Severity::Info, Severity::Warning, Severity::Severe})
        if (severityName(s) == name)
            return s;
    return std::nullopt;
}

bool matters(Severity s)
{
    return s == Severity::Warning || s == Severity::Severe;
}

/** "smtp" of "smtp.open-relay": the check a finding comes from. */
QString family(const QString &id)
{
    return id.section(QLatin1Char('.'), 0, 0);
}

QString key(const Finding &f)
{
    return f.id + QLatin1Char('\x1f') + f.subject;
}

Result<QList<StoredRun>> select(store::Database &db, const QString &domain, std::optional<qint64> beforeUtc, int limit)
{
    auto st = db.prepare(beforeUtc ? "SELECT id, domain, checked_utc, report FROM selfcheck_runs "
                                     "WHERE domain = ? AND checked_utc < ? ORDER BY checked_utc DESC, id DESC"
                                   : "SELECT id, domain, checked_utc, report FROM selfcheck_runs "
                                     "WHERE domain = ? ORDER BY checked_utc DESC, id DESC");
    if (!st)
        return st.error();
    int i = 1;
    st->bind(i++, domain);
    if (beforeUtc)
        st->bind(i++, *beforeUtc);
    // No LIMIT in SQL: a damaged row is skipped and the next one read (a domain keeps few runs).
    QList<StoredRun> out;
    while (out.size() < limit && st->step()) {
        StoredRun run;
        run.id = st->int64(0);
        run.domain = st->text(1);
        run.checkedUtc = st->int64(2);
        auto report = reportFromJson(st->blob(3));
        if (!report)
            continue; // a row written by a future version, or damaged: skip it rather than fail the history
        run.report = std::move(report.value());
        run.report.checkedUtc = run.checkedUtc;
        run.worst = run.report.worst();
        out << std::move(run);
    }
    if (st->error())
        return *st->error();
    return out;
}

} // namespace

Result<Report> reportFromJson(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error{QCoreApplication::translate("SelfCheck", "not a self-check report"), error.errorString()};
    const QJsonObject root = doc.object();
    if (!root.value(QStringLiteral("domain")).isString() || !root.value(QStringLiteral("findings")).isArray())
        return Error{QCoreApplication::translate("SelfCheck", "not a self-check report: no domain or findings"), {}};
    Report r;
    r.domain = root.value(QStringLiteral("domain")).toString();
    r.dnsServer = root.value(QStringLiteral("dns_server")).toString();
    const QDateTime checked = QDateTime::fromString(root.value(QStringLiteral("checked")).toString(), Qt::ISODate);
    r.checkedUtc = checked.isValid() ? checked.toSecsSinceEpoch() : 0;
    for (const QJsonValue &v : root.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject o = v.toObject();
        const auto severity = severityFromName(o.value(QStringLiteral("severity")).toString());
        if (!severity || o.value(QStringLiteral("id")).toString().isEmpty())
            return Error{QCoreApplication::translate("SelfCheck", "not a self-check report: a finding without id or severity"), {}};
        Finding f;
        f.id = o.value(QStringLiteral("id")).toString();
        f.severity = *severity;
        f.subject = o.value(QStringLiteral("subject")).toString();
        f.title = o.value(QStringLiteral("title")).toString();
        f.fix = o.value(QStringLiteral("fix")).toString();
        f.detail = o.value(QStringLiteral("detail")).toString();
        r.add(std::move(f));
    }
    return r;
}

Status saveRun(store::Database &db, const Report &report, int keep)
{
    store::Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto insert = db.prepare("INSERT INTO selfcheck_runs (domain, checked_utc, worst, report) VALUES (?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    const qint64 checked = report.checkedUtc > 0 ? report.checkedUtc : QDateTime::currentSecsSinceEpoch();
    insert->bind(1, report.domain).bind(2, checked).bind(3, severityName(report.worst())).bind(4, toJson(report));
    if (Status s = insert->exec(); !s)
        return s;
    auto prune = db.prepare("DELETE FROM selfcheck_runs WHERE domain = ? AND id NOT IN "
                            "(SELECT id FROM selfcheck_runs WHERE domain = ? ORDER BY checked_utc DESC, id DESC LIMIT ?)");
    if (!prune)
        return prune.error();
    prune->bind(1, report.domain).bind(2, report.domain).bind(3, std::max(1, keep));
    if (Status s = prune->exec(); !s)
        return s;
    return tx.commit();
}

Result<std::optional<StoredRun>> lastRun(store::Database &db, const QString &domain, std::optional<qint64> beforeUtc)
{
    auto found = select(db, domain, beforeUtc, 1);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<StoredRun>{};
    return std::optional<StoredRun>{found->first()};
}

Result<QList<StoredRun>> runs(store::Database &db, const QString &domain, int limit)
{
    return select(db, domain, std::nullopt, std::max(1, limit));
}

QList<FindingChange> changesBetween(const Report &before, const Report &after)
{
    // One finding per (id, subject) on each side; should a check give the same twice, the worst counts.
    QHash<QString, Finding> old;
    for (const Finding &f : before.findings)
        if (auto it = old.find(key(f)); it == old.end() || it->severity < f.severity)
            old.insert(key(f), f);
    QHash<QString, Finding> now;
    QStringList order; // after's order, so equal severities keep the report's order
    for (const Finding &f : after.findings) {
        auto it = now.find(key(f));
        if (it == now.end()) {
            now.insert(key(f), f);
            order << key(f);
        } else if (it->severity < f.severity) {
            *it = f;
        }
    }
    QList<FindingChange> out;
    for (const QString &k : order) {
        const Finding &f = now.value(k);
        const auto was = old.constFind(k);
        if (was == old.cend()) {
            if (matters(f.severity))
                out << FindingChange{FindingChange::New, f, Severity::Ok};
        } else if (was->severity != f.severity) {
            out << FindingChange{f.severity > was->severity ? FindingChange::Worse : FindingChange::Better, f, was->severity};
        }
    }
    // A check that did not run this time (the relay test not asked for, no mailbox read, block
    // lists off) leaves no finding of its family, or only "<family>.off": its old findings are not
    // gone, they were not looked at.
    QSet<QString> checked;
    for (const Finding &f : after.findings)
        if (!f.id.endsWith(QLatin1String(".off")))
            checked.insert(family(f.id));
    for (const Finding &f : before.findings) {
        if (now.contains(key(f)) || !matters(f.severity) || !checked.contains(family(f.id)))
            continue;
        if (std::any_of(out.cbegin(), out.cend(), [&](const FindingChange &c) {
                return c.kind == FindingChange::Gone && key(c.finding) == key(f);
            }))
            continue;
        out << FindingChange{FindingChange::Gone, old.value(key(f)), old.value(key(f)).severity};
    }
    const auto rank = [](const FindingChange &c) {
        // What needs the user first: new or worse problems, by severity; then what got better or went.
        const bool bad = c.kind == FindingChange::New || c.kind == FindingChange::Worse;
        return std::pair(bad ? 0 : 1, -int(bad ? c.finding.severity : c.before));
    };
    std::stable_sort(out.begin(), out.end(), [&](const FindingChange &a, const FindingChange &b) { return rank(a) < rank(b); });
    return out;
}

QStringList describeChanges(const QList<FindingChange> &changes)
{
    const auto words = [](Severity s) {
        switch (s) {
        case Severity::Ok: return QCoreApplication::translate("SelfCheck", "fine");
        case Severity::Info: return QCoreApplication::translate("SelfCheck", "for information");
        case Severity::Warning: return QCoreApplication::translate("SelfCheck", "warning");
        case Severity::Severe: return QCoreApplication::translate("SelfCheck", "severe");
        }
        return QString();
    };
    QStringList out;
    for (const FindingChange &c : changes) {
        const QString what = c.finding.subject.isEmpty() ? c.finding.title
                                                         : QStringLiteral("%1: %2").arg(c.finding.subject, c.finding.title);
        switch (c.kind) {
        case FindingChange::New:
            out << QCoreApplication::translate("SelfCheck", "New, %1: %2").arg(words(c.finding.severity), what);
            break;
        case FindingChange::Worse:
            out << QCoreApplication::translate("SelfCheck", "Worse (%1, was %2): %3").arg(words(c.finding.severity), words(c.before), what);
            break;
        case FindingChange::Better:
            out << QCoreApplication::translate("SelfCheck", "Better (%1, was %2): %3").arg(words(c.finding.severity), words(c.before), what);
            break;
        case FindingChange::Gone:
            out << QCoreApplication::translate("SelfCheck", "Gone (was %1): %2").arg(words(c.before), what);
            break;
        }
    }
    return out;
}

} // namespace mailtide::selfcheck
