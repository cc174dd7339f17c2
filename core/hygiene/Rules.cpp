#include "hygiene/Rules.h"

#include <QCoreApplication>

namespace mailtide::hygiene {

Status validateRule(const store::HygieneRule &r)
{
    const QStringList kinds{QStringLiteral("address"), QStringLiteral("domain"), QStringLiteral("list")};
    if (!kinds.contains(r.matchKind))
        return Error{QCoreApplication::translate("Hygiene", "A rule matches by address, domain or list"), r.matchKind};
    if (r.matchValue.trimmed().isEmpty())
        return Error{QCoreApplication::translate("Hygiene", "A rule needs a value to match"), {}};
    const auto a = actionFromString(r.action);
    if (!a || *a == Action::Read)
        return Error{QCoreApplication::translate("Hygiene", "A rule moves mail to junk, archive or trash"), r.action};
    return {};
}

Result<QVector<RuleOutcome>> applyRules(store::Store &store, imap::Connection &c, const QString &account, qint64 nowUtc)
{
    auto a = store.imapAccount(account);
    if (!a)
        return a.error();
    store::HygieneStore log(store.db());
    auto rules = log.rules(a->id);
    if (!rules)
        return rules.error();
    QVector<RuleOutcome> out;
    for (const store::HygieneRule &r : rules.value()) {
        if (!r.enabled)
            continue;
        RuleOutcome o;
        o.rule = r;
        Criteria crit;
        if (r.matchKind == QLatin1String("address"))
            crit.fromAddress = r.matchValue;
        else if (r.matchKind == QLatin1String("domain"))
            crit.domain = r.matchValue;
        else
            crit.listId = r.matchValue;
        const auto action = actionFromString(r.action);
        auto plan = action ? makePlan(store, account, QStringLiteral("INBOX"), crit, *action, nowUtc)
                           : Result<Plan>(Error{QCoreApplication::translate("Hygiene", "Unknown action"), r.action});
        if (!plan) {
            o.error = plan.error().toString();
        } else if (!plan->items.isEmpty()) {
            Applier applier(store);
            auto id = applier.record(plan.value(), r.id);
            if (!id) {
                o.error = id.error().toString();
            } else {
                o.actionId = id.value();
                auto rep = applier.run(c, id.value());
                if (!rep)
                    o.error = rep.error().toString();
                else
                    o.moved = rep->acted;
            }
        }
        if (Status s = log.addRuleCount(r.id, o.moved); !s && o.error.isEmpty())
            o.error = s.error().toString();
        out.push_back(o);
    }
    return out;
}

} // namespace mailtide::hygiene
