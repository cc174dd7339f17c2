// bench_each [--model DB] FILE... — reads each message into memory, then times building its
// input (MIME parse + HTML) and classifying it with reasons, one message at a time, and prints
// one line per file: the milliseconds (the best and the worst of three runs), the verdict and the size. Against the
// shipped default model unless --model names a trained store. A benchmark, not a test:
// tests/bench/hostile.sh runs it over the hostile messages (the bound: 100 ms each).
#include "classify/Classifier.h"
#include "classify/InputBuilder.h"
#include "classify/Learner.h"
#include "classify/ModelBuilder.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <memory>

using namespace mailtide;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QTextStream out(stdout), err(stderr);
    std::unique_ptr<classify::Model> model;
    std::unique_ptr<store::Store> store;
    classify::CombinerWeights weights = classify::shippedWeights();
    if (args.size() >= 2 && args.first() == QLatin1String("--model")) {
        auto s = store::Store::open(args.at(1));
        if (!s) {
            err << "cannot open " << args.at(1) << "\n";
            return 1;
        }
        store = std::move(s.value());
        model = std::make_unique<classify::Model>();
        classify::Learner learner(store->db(), *model);
        if (!learner.load())
            return 1;
        weights = learner.weights();
        args = args.mid(2);
    } else {
        QFile f(classify::defaultModelPath());
        std::optional<classify::Model> m = f.open(QIODevice::ReadOnly) ? classify::deserializeModel(f.readAll()) : std::nullopt;
        if (!m) {
            err << "the default model was not found\n";
            return 1;
        }
        model = std::make_unique<classify::Model>(std::move(*m));
    }
    if (args.isEmpty()) {
        err << "usage: bench_each [--model DB] FILE...\n";
        return 2;
    }
    const classify::Classifier c(*model, weights);
    double worst = 0;
    for (const QString &path : args) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            err << "cannot read " << path << "\n";
            return 1;
        }
        const QByteArray raw = f.readAll();
        double best = 1e18, slowRun = 0;
        classify::Verdict v;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer t;
            t.start();
            v = c.classify(classify::buildInput(raw), true);
            const double ms = double(t.nsecsElapsed()) / 1e6;
            best = std::min(best, ms);
            slowRun = std::max(slowRun, ms);
        }
        worst = std::max(worst, slowRun);
        out << QStringLiteral("%1\t%2 ms (worst %5 ms)\t%3\t%4 bytes\n")
                   .arg(QFileInfo(path).fileName())
                   .arg(best, 0, 'f', 2)
                   .arg(v.kind == store::Verdict::Spam ? QStringLiteral("spam")
                        : v.kind == store::Verdict::Ham ? QStringLiteral("ham")
                                                        : QStringLiteral("unsure"))
                   .arg(raw.size())
                   .arg(slowRun, 0, 'f', 2);
        out.flush();
    }
    out << QStringLiteral("slowest run: %1 ms\n").arg(worst, 0, 'f', 2);
    return 0;
}
