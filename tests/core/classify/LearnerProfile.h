#pragma once
/** @short For the learner tests (tst_learner, tst_linear): a profile database in a temporary
 *  directory with its model and learner, loaded and empty. */
#include "classify/Learner.h"
#include "classify/Model.h"
#include "store/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace mailtide::classify::testing {

struct Profile
{
    QTemporaryDir dir;
    std::unique_ptr<store::Database> db;
    Model model;
    std::unique_ptr<Learner> learner;

    QString path() const { return dir.filePath(QStringLiteral("profile.db")); }
};

/** A new profile with nothing learned; fails the test program when it cannot be opened. */
inline std::unique_ptr<Profile> openEmptyProfile()
{
    auto p = std::make_unique<Profile>();
    auto db = store::Database::open(p->path());
    if (!db)
        qFatal("open: %s", qPrintable(db.error().toString()));
    p->db = std::move(db.value());
    p->learner = std::make_unique<Learner>(*p->db, p->model);
    if (!p->learner->load())
        qFatal("load failed");
    return p;
}

} // namespace mailtide::classify::testing
