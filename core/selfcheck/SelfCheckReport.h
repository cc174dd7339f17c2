#pragma once
/** @short What the business self-check found: findings with a severity, plain words and a fix in
 *  plain words, and the report that holds them, as text for a terminal and as JSON.
 *
 * Every check of core/selfcheck (the domain's DNS records, block lists, the open-relay probe)
 * adds Findings to one Report; the report's worst severity is the traffic light (and the CLI's
 * exit code: 3 when something is severe). Pure values: no I/O. */
#include <QByteArray>
#include <QList>
#include <QString>

namespace mailtide::selfcheck {

enum class Severity { Ok, Info, Warning, Severe };

/** "ok", "info", "warning", "severe" (not translated: JSON and scripts read them). */
QString severityName(Severity s);

struct Finding
{
    QString id;      ///< stable, for scripts and tests: "spf.missing", "dmarc.p-none", "dnsbl.listed"
    Severity severity = Severity::Info;
    QString subject; ///< what it is about: the domain, a host, an IP, "selector._domainkey.domain"
    QString title;   ///< what was found, in plain words (translated)
    QString fix;     ///< what to do, in plain words (translated); empty when nothing is to be done
    QString detail;  ///< the record or answer behind it, verbatim (may be empty)
};

struct Report
{
    QString domain;
    qint64 checkedUtc = 0;
    QString dnsServer; ///< which resolver answered, in words
    QList<Finding> findings;

    void add(Finding f) { findings.append(std::move(f)); }
    /** The worst severity (Ok for an empty report). */
    Severity worst() const;
    int count(Severity s) const;
    bool has(const QString &id) const;
    /** The findings with this id. */
    QList<Finding> withId(const QString &id) const;
};

/** For a terminal: a summary line, then the findings, worst first (their order kept within a
 *  severity), each with its subject, plain words and fix. */
QString toText(const Report &report);
/** {"domain", "checked", "dns_server", "worst", "counts": {...}, "findings": [{"id", "severity",
 *  "subject", "title", "fix", "detail"}]} in the order of toText. */
QByteArray toJson(const Report &report);

} // namespace mailtide::selfcheck
