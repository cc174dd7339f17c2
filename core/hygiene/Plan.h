#pragma once
/** @short A bulk action's plan: the exact messages (folder, UIDVALIDITY, UIDs) a hygiene action
 *  will act on, made from the store, shown to the user, written to and read from JSON.
 *
 * The plan is the preview: hygiene/Applier acts on exactly its UID set and refuses it when the
 * folder changed under it (another UIDVALIDITY, or a planned UID gone from the server). A message
 * that arrives after the plan was made has another UID and is never touched. Pure values; the JSON
 * reader is bounded (kMaxPlanItems) and rejects a plan it cannot read whole. */
#include "store/HygieneStore.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace mailtide::store {
class Store;
}

namespace mailtide::hygiene {

inline constexpr int kMaxPlanItems = 1000000;

/** What a bulk action does. Archive is the default. */
enum class Action { Archive, Junk, Trash, Read };
QString toString(Action a);
std::optional<Action> actionFromString(const QString &s);
/** The special use of the folder an action moves to (RFC 6154); "" for Read. */
QString destinationUse(Action a);

struct PlanItem
{
    qint64 uid = 0;
    QString messageId;
    QString from;
    QString subject;
    qint64 receivedUtc = 0;
    qint64 size = 0;
};

struct Plan
{
    QString account;
    QString folder;           ///< '/'-separated path as stored
    qint64 uidValidity = 0;   ///< of folder, when the plan was made (from the last sync)
    Action action = Action::Archive;
    QString destFolder;       ///< "" for Read
    QString criteria;         ///< what selected the messages, in words ("from x@y, older than 365 days")
    qint64 createdUtc = 0;
    QVector<PlanItem> items;  ///< ascending UID

    qint64 totalSize() const;
    QByteArray toJson() const;
    static Result<Plan> fromJson(const QByteArray &json);
};

/** What selects a plan's messages: exactly one of from/domain/listId. */
struct Criteria
{
    QString fromAddress;
    QString domain;
    QString listId;
    std::optional<int> olderThanDays;
};

/** Makes a plan from the store: the account's folder, the messages matching criteria (for Read,
 *  only unread ones), the destination folder of that special use. Refused when the destination is
 *  missing, is the folder itself, or when moving to Trash from Trash. nowUtc pins "older than". */
Result<Plan> makePlan(store::Store &store, const QString &account, const QString &folder, const Criteria &criteria,
                      Action action, qint64 nowUtc);

} // namespace mailtide::hygiene
