#pragma once
/** @short Earlier self-check reports kept in the profile, and what changed since the last one: the
 *  scheduled re-check (window or cron) tells the user only when something changed.
 *
 * Table selfcheck_runs (schema 10): one row per run, the report as toJson(). What a report holds
 * is the user's own domain's public DNS and their server's answers: no secret. */
#include "selfcheck/SelfCheckReport.h"
#include "util/Result.h"

#include <QList>
#include <optional>

namespace mailtide::store {
class Database;
}

namespace mailtide::selfcheck {

/** The report back from toJson() (findings, worst, domain, checked); an Error when it is not one. */
Result<Report> reportFromJson(const QByteArray &json);

struct StoredRun
{
    qint64 id = 0;
    QString domain;
    qint64 checkedUtc = 0;
    Severity worst = Severity::Ok;
    Report report;
};

/** Appends the run; keeps at most keep runs per domain (the oldest go). */
Status saveRun(store::Database &db, const Report &report, int keep = 50);
/** The newest run of the domain before `beforeUtc` (unset: the newest), or nullopt. */
Result<std::optional<StoredRun>> lastRun(store::Database &db, const QString &domain, std::optional<qint64> beforeUtc = {});
/** The domain's runs, newest first, at most limit. */
Result<QList<StoredRun>> runs(store::Database &db, const QString &domain, int limit = 50);

struct FindingChange
{
    enum Kind { New, Gone, Worse, Better };
    Kind kind = New;
    Finding finding;          ///< the new one (New, Worse, Better) or the old one (Gone)
    Severity before = Severity::Ok;
};

/** What changed from before to after, matching findings by (id, subject): new and gone findings
 *  of severity warning or severe, and any change of severity. Info/ok findings coming and going
 *  are not changes. A finding of a check that did not run in after (no finding with its id's
 *  first part, e.g. no "smtp.*" when the relay test was not asked for, or only "dnsbl.off") is
 *  not gone: it was not looked at. New and worse problems first, severe before warning. */
QList<FindingChange> changesBetween(const Report &before, const Report &after);

/** One line per change, for a notification: "New, severe: mx.example.com is on Spamhaus ZEN". */
QStringList describeChanges(const QList<FindingChange> &changes);

} // namespace mailtide::selfcheck
