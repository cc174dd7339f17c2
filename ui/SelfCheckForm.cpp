#include "SelfCheckForm.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

namespace mailtide::ui {

namespace {

QString key(const char *name)
{
    return QStringLiteral("selfcheck/") + QLatin1String(name);
}

QStringList items(const QString &text)
{
    static const QRegularExpression sep(QStringLiteral("[\\s,;]+"));
    return text.split(sep, Qt::SkipEmptyParts);
}

QString intervalName(RecheckInterval i)
{
    switch (i) {
    case RecheckInterval::Day: return QStringLiteral("day");
    case RecheckInterval::Week: return QStringLiteral("week");
    case RecheckInterval::Never: break;
    }
    return QStringLiteral("never");
}

} // namespace

SelfCheckForm SelfCheckForm::load(QSettings &s)
{
    SelfCheckForm f;
    f.domain = s.value(key("domain")).toString();
    f.selectors = s.value(key("dkimSelectors")).toString();
    f.ips = s.value(key("outboundIps")).toString();
    f.account = s.value(key("account")).toString();
    f.days = std::clamp(s.value(key("days"), f.days).toInt(), 1, 3650);
    f.relayHost = s.value(key("relayHost")).toString();
    f.relayConfirmed = s.value(key("relayConfirmed"), false).toBool();
    f.submissionHost = s.value(key("submissionHost")).toString();
    f.dnsbl = s.value(key("dnsbl"), false).toBool();
    const QString every = s.value(key("recheck")).toString();
    f.recheck = every == QLatin1String("day")    ? RecheckInterval::Day
                : every == QLatin1String("week") ? RecheckInterval::Week
                                                 : RecheckInterval::Never;
    return f;
}

void SelfCheckForm::save(QSettings &s) const
{
    s.setValue(key("domain"), domain);
    s.setValue(key("dkimSelectors"), selectors);
    s.setValue(key("outboundIps"), ips);
    s.setValue(key("account"), account);
    s.setValue(key("days"), days);
    s.setValue(key("relayHost"), relayHost);
    s.setValue(key("relayConfirmed"), relayConfirmed);
    s.setValue(key("submissionHost"), submissionHost);
    s.setValue(key("dnsbl"), dnsbl);
    s.setValue(key("recheck"), intervalName(recheck));
}

bool relayWithheld(const SelfCheckForm &form)
{
    return !form.relayHost.trimmed().isEmpty() && !form.relayConfirmed;
}

Result<CheckedForm> checkForm(const SelfCheckForm &form)
{
    CheckedForm out;
    out.domain.domain = selfcheck::normalizeDomain(form.domain);
    if (form.domain.trimmed().isEmpty())
        return Error{QCoreApplication::translate("SelfCheckForm", "Give the domain to check (the part after @ in your addresses)."), {}};
    if (out.domain.domain.isEmpty())
        return Error{QCoreApplication::translate("SelfCheckForm", "This is not a domain name: give it as example.com, without http:// or an address."), form.domain};
    static const QRegularExpression selector(QStringLiteral("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"));
    for (const QString &s : items(form.selectors)) {
        if (!selector.match(s).hasMatch())
            return Error{QCoreApplication::translate("SelfCheckForm", "This is not a DKIM selector name (letters, digits, - and _, as in s= of a DKIM signature)."), s};
        out.domain.dkimSelectors << s;
    }
    for (const QString &ip : items(form.ips)) {
        QHostAddress a;
        if (!a.setAddress(ip) || ip.count(QLatin1Char('.')) == 1 || ip.count(QLatin1Char('.')) == 2)
            return Error{QCoreApplication::translate("SelfCheckForm", "This is not an IP address (outbound addresses are numbers like 192.0.2.10)."), ip};
        out.domain.outboundIps << a;
    }
    if (!form.relayHost.trimmed().isEmpty()) {
        const auto hp = selfcheck::parseHostPort(form.relayHost, 25);
        if (!hp)
            return Error{QCoreApplication::translate("SelfCheckForm", "The mail server for the open-relay test is not HOST or HOST:PORT."), form.relayHost};
        if (form.relayConfirmed) {
            selfcheck::SmtpProbeOptions o;
            o.host = hp->first;
            o.port = hp->second;
            out.relay = o;
        }
    }
    if (!form.submissionHost.trimmed().isEmpty()) {
        const auto hp = selfcheck::parseHostPort(form.submissionHost, 587);
        if (!hp)
            return Error{QCoreApplication::translate("SelfCheckForm", "The submission host is not HOST or HOST:PORT."), form.submissionHost};
        selfcheck::SmtpProbeOptions o;
        o.host = hp->first;
        o.port = hp->second;
        out.submission = o;
    }
    return out;
}

qint64 recheckSeconds(RecheckInterval interval)
{
    switch (interval) {
    case RecheckInterval::Day: return 24 * 3600;
    case RecheckInterval::Week: return 7 * 24 * 3600;
    case RecheckInterval::Never: break;
    }
    return 0;
}

bool recheckDue(RecheckInterval interval, std::optional<qint64> lastRunUtc, qint64 nowUtc)
{
    if (interval == RecheckInterval::Never)
        return false;
    if (!lastRunUtc)
        return true;
    if (*lastRunUtc > nowUtc)
        return true; // the clock went back: better one check too many
    return nowUtc - *lastRunUtc >= recheckSeconds(interval);
}

} // namespace mailtide::ui
