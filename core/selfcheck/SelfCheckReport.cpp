#include "selfcheck/SelfCheckReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace mailtide::selfcheck {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Ok: return QStringLiteral("ok");
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Severe: return QStringLiteral("severe");
    }
    return {};
}

Severity Report::worst() const
{
    Severity w = Severity::Ok;
    for (const Finding &f : findings)
        w = std::max(w, f.severity);
    return w;
}

int Report::count(Severity s) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [s](const Finding &f) { return f.severity == s; }));
}

bool Report::has(const QString &id) const
{
    return std::any_of(findings.cbegin(), findings.cend(), [&id](const Finding &f) { return f.id == id; });
}

QList<Finding> Report::withId(const QString &id) const
{
    QList<Finding> out;
    for (const Finding &f : findings)
        if (f.id == id)
            out << f;
    return out;
}

namespace {

QList<Finding> worstFirst(const Report &r)
{
    QList<Finding> sorted = r.findings;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
    return sorted;
}


/** Wraps words to `width` columns, every line after the first indented by `indent`. */
QString wrap(const QString &text, int indent, int width = 100)
{
    QString out;
    int column = indent;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (i > 0) {
            if (column + 1 + w.size() > width) {
                out += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
                column = indent;
            } else {
                out += QLatin1Char(' ');
                ++column;
            }
        }
        out += w;
        column += int(w.size());
    }
    return out;
}

} // namespace

QString toText(const Report &r)
{
    QString out;
    const QString when = r.checkedUtc > 0
        ? QDateTime::fromSecsSinceEpoch(r.checkedUtc, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
        : QString();
    out += QCoreApplication::translate("SelfCheck", "Self-check of %1 — %2").arg(r.domain, when) + QLatin1Char('\n');
    if (!r.dnsServer.isEmpty())
        out += QCoreApplication::translate("SelfCheck", "DNS answers from %1").arg(r.dnsServer) + QLatin1Char('\n');
    out += QCoreApplication::translate("SelfCheck", "Result: %1 — severe: %2, warnings: %3, for information: %4, fine: %5")
               .arg(severityName(r.worst()).toUpper())
               .arg(r.count(Severity::Severe))
               .arg(r.count(Severity::Warning))
               .arg(r.count(Severity::Info))
               .arg(r.count(Severity::Ok))
        + QStringLiteral("\n");
    constexpr int indent = 10;
    for (const Finding &f : worstFirst(r)) {
        out += QLatin1Char('\n');
        out += QStringLiteral("%1%2  %3\n")
                   .arg(QLatin1Char('[') + severityName(f.severity).toUpper() + QLatin1Char(']'), -indent)
                   .arg(f.id, f.subject);
        out += QString(indent, QLatin1Char(' ')) + wrap(f.title, indent) + QLatin1Char('\n');
        if (!f.detail.isEmpty())
            out += QString(indent, QLatin1Char(' ')) + wrap(QCoreApplication::translate("SelfCheck", "Found: %1").arg(f.detail.left(600)), indent) + QLatin1Char('\n');
        if (!f.fix.isEmpty())
            out += QString(indent, QLatin1Char(' ')) + wrap(QCoreApplication::translate("SelfCheck", "Fix: %1").arg(f.fix), indent) + QLatin1Char('\n');
    }
    return out;
}

QByteArray toJson(const Report &r)
{
    QJsonArray findings;
    for (const Finding &f : worstFirst(r))
        findings.append(QJsonObject{{QStringLiteral("id"), f.id},
                                    {QStringLiteral("severity"), severityName(f.severity)},
                                    {QStringLiteral("subject"), f.subject},
                                    {QStringLiteral("title"), f.title},
                                    {QStringLiteral("fix"), f.fix},
                                    {QStringLiteral("detail"), f.detail}});
    QJsonObject counts;
    for (Severity s : {Severity::Ok, Severity::Info, Severity::Warning, Severity::Severe})
        counts.insert(severityName(s), r.count(s));
    const QJsonObject root{
        {QStringLiteral("domain"), r.domain},
        {QStringLiteral("checked"),
         QDateTime::fromSecsSinceEpoch(r.checkedUtc, Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("dns_server"), r.dnsServer},
        {QStringLiteral("worst"), severityName(r.worst())},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("findings"), findings},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace mailtide::selfcheck
