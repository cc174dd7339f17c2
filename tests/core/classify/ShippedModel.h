#pragma once
/** @short For the tests that classify real mail against what Mailtide ships (tst_modern,
 *  tst_corpusrows): the default model from resources/model/ and the verdict's name. */
#include "classify/Classifier.h"
#include "classify/Learner.h"
#include "classify/ModelBuilder.h"

#include <QFile>
#include <QMetaType>

#include <memory>

Q_DECLARE_METATYPE(mailtide::store::Verdict)

namespace mailtide::classify::testing {

inline const char *verdictName(store::Verdict v)
{
    switch (v) {
    case store::Verdict::Spam: return "spam";
    case store::Verdict::Ham: return "ham";
    case store::Verdict::Unsure: return "unsure";
    }
    return "?";
}

/** The shipped default model (resources/model/default-model.bin); null, with the reason in
 *  `error`, when it is missing or unreadable. */
inline std::unique_ptr<Model> loadShippedModel(QString *error)
{
    const QString path = defaultModelPath();
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the shipped default model (resources/model/default-model.bin) was not found");
        return nullptr;
    }
    std::optional<Model> model = deserializeModel(f.readAll());
    if (!model) {
        *error = QStringLiteral("cannot read the default model ") + path;
        return nullptr;
    }
    return std::make_unique<Model>(std::move(*model));
}

} // namespace mailtide::classify::testing
