// bench_classify FILE_LIST DB — times each stage of classification on messages held in memory:
// build the input (MIME parse + HTML), tokenize, Bayes, rules, explain. A benchmark, not a test.
#include "classify/Classifier.h"
#include "classify/InputBuilder.h"
#include "classify/Learner.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace mailtide;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        QTextStream(stderr) << "usage: bench_classify FILE_LIST DB\n";
        return 2;
    }
    QFile list(QString::fromLocal8Bit(argv[1]));
    if (!list.open(QIODevice::ReadOnly))
        return 1;
    std::vector<QByteArray> msgs;
    while (!list.atEnd()) {
        QFile f(QString::fromUtf8(list.readLine()).trimmed().section(QLatin1Char('\t'), -1));
        if (f.open(QIODevice::ReadOnly))
            msgs.push_back(f.readAll());
    }
    auto store = store::Store::open(QString::fromLocal8Bit(argv[2]));
    if (!store)
        return 1;
    classify::Model model;
    classify::Learner learner(store.value()->db(), model);
    QElapsedTimer t;
    t.start();
    if (!learner.load())
        return 1;
    const double load = double(t.nsecsElapsed()) / 1e6;
    const classify::Classifier c(model, learner.weights());
    std::vector<classify::MessageInput> inputs;
    t.restart();
    for (const QByteArray &m : msgs)
        inputs.push_back(classify::buildInput(m));
    const double parse = double(t.nsecsElapsed()) / 1e6;
    std::vector<classify::TokenSet> sets;
    t.restart();
    for (const auto &in : inputs)
        sets.push_back(c.tokenizer().tokenize(in));
    const double tok = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    double sink = 0;
    for (const auto &s : sets)
        sink += classify::scoreBayes(s.ids, model, c.bayesParams(), 0).indicator +
                classify::scoreBayes(s.pairs, model, c.bayesParams(), 0).indicator;
    const double bayes = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    size_t hits = 0;
    for (const auto &in : inputs)
        hits += classify::evaluateRules(in).size();
    const double rules = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    for (const auto &in : inputs)
        sink += c.classify(in, false).score;
    const double plain = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    for (const auto &in : inputs)
        sink += c.classify(in, true).score;
    const double explained = double(t.nsecsElapsed()) / 1e6;
    const double n = double(msgs.size());
    QTextStream(stdout) << QStringLiteral("%1 messages, model load %2 ms\n"
                                          "per message (us): build input %3, tokenize %4, bayes %5, rules %6; "
                                          "classify %7, classify+explain %8 (%9 rule hits, %10)\n")
                               .arg(msgs.size())
                               .arg(load, 0, 'f', 1)
                               .arg(parse * 1000 / n, 0, 'f', 1)
                               .arg(tok * 1000 / n, 0, 'f', 1)
                               .arg(bayes * 1000 / n, 0, 'f', 1)
                               .arg(rules * 1000 / n, 0, 'f', 1)
                               .arg(plain * 1000 / n, 0, 'f', 1)
                               .arg(explained * 1000 / n, 0, 'f', 1)
                               .arg(hits)
                               .arg(sink);
    return 0;
}
