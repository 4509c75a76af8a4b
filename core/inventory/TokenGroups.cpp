#include "core/inventory/TokenGroups.h"

#include "core/inventory/PrefixFamilies.h"

#include <QHash>

#include <array>
#include <utility>

namespace tempscope {

namespace {

constexpr qsizetype MinToken = 4;
constexpr qsizetype MaxToken = 20;
// Token lengths programs glue straight to a word ("cacheXXXXXXXX",
// Python's prefix + 8): only these count when no separator marks the stem.
constexpr std::array<qsizetype, 5> GluedLengths{6, 8, 10, 12, 16};

bool isSeparator(QChar c)
{
    return c == u'-' || c == u'_' || c == u'.' || c == u' ' || c == u'+' || c == u'~' || c == u'@';
}
bool isTokenChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'_';
}

struct Candidate
{
    qsizetype name = 0;   // index into names
    qsizetype start = 0;  // where the token starts
    qsizetype length = 0; // and its length
};

// Does a group's token vary the way generated ones do?
bool looksRandom(const QList<QString> &names, const QList<Candidate> &group)
{
    if (group.size() < 2)
        return false;
    const qsizetype len = group.first().length;
    qsizetype varying = 0;
    bool firstVaries = false, lastVaries = false;
    for (qsizetype p = 0; p < len; ++p) {
        const QChar c0 = names[group.first().name][group.first().start + p];
        bool varies = false;
        for (const Candidate &c : group) {
            if (names[c.name][c.start + p] != c0) {
                varies = true;
                break;
            }
        }
        varying += varies ? 1 : 0;
        firstVaries = firstVaries || (p == 0 && varies);
        lastVaries = lastVaries || (p == len - 1 && varies);
    }
    // A fixed first or last character belongs to the stem or the tail;
    // random tokens differ in most places.
    if (!firstVaries || !lastVaries || varying * 2 < len)
        return false;
    // The alphabet of generators, token by token: a digit or '_', or mixed
    // case. Most generated tokens show it (seven in eight of Python's,
    // nearly all of mktemp's and Qt's); hand-made names ("build.log",
    // "fresh.log", "full1.log") rarely do, so one digit among words is not
    // enough: at least half the tokens must look generated.
    qsizetype generated = 0;
    for (const Candidate &c : group) {
        bool digit = false, lower = false, upper = false;
        for (qsizetype p = 0; p < len; ++p) {
            const QChar ch = names[c.name][c.start + p];
            digit = digit || (ch >= u'0' && ch <= u'9') || ch == u'_';
            lower = lower || (ch >= u'a' && ch <= u'z');
            upper = upper || (ch >= u'A' && ch <= u'Z');
        }
        generated += (digit || (lower && upper)) ? 1 : 0;
    }
    return generated * 2 >= group.size();
}

} // namespace

QList<QString> randomTokenKeys(const QList<QString> &names, const QList<qsizetype> &which)
{
    // Candidates by (stem, tail, token length): the token ends where the
    // tail begins (the suffix, or the suffix and the base's last separated part).
    QHash<QString, QList<Candidate>> groups;
    QList<QList<QString>> candidateKeys(which.size());
    for (qsizetype k = 0; k < which.size(); ++k) {
        const QString &name = names[which[k]];
        const qsizetype suffix = PrefixFamilies::suffixStart(name);
        std::array<qsizetype, 2> tailStarts{suffix, -1};
        for (qsizetype p = suffix - 1; p > 0; --p) {
            if (isSeparator(name[p])) {
                tailStarts[1] = p;
                break;
            }
        }
        for (qsizetype end : tailStarts) {
            if (end <= 0)
                continue;
            qsizetype len = 0;
            while (len < end && len < MaxToken && isTokenChar(name[end - len - 1])) {
                ++len;
                const qsizetype start = end - len;
                if (len < MinToken)
                    continue;
                // Underscores alone are no stem: Python's tokens may begin with them.
                bool underscores = start > 0;
                for (qsizetype p = 0; p < start && underscores; ++p)
                    underscores = name[p] == u'_';
                if (underscores)
                    continue;
                const bool marked = start == 0 || isSeparator(name[start - 1]);
                if (!marked &&
                    std::find(GluedLengths.begin(), GluedLengths.end(), len) == GluedLengths.end())
                    continue;
                const QString key = name.left(start) + u'*' + name.mid(end);
                // The length keeps tokens of different generators apart.
                const QString groupKey = key + u'\x01' + QString::number(len);
                groups[groupKey].append({which[k], start, len});
                candidateKeys[k].append(groupKey);
            }
        }
    }
    QHash<QString, bool> random;
    QList<QString> out(which.size());
    for (qsizetype k = 0; k < which.size(); ++k) {
        // The largest group that looks random with a stem, between equals
        // the longest stem. A group without a stem (the whole base is the
        // token) takes only names of one length, but of any generator: it wins
        // only when it is much larger, that is when the stems are themselves
        // random characters ("ka" + 6 of 8 random ones).
        const QList<Candidate> *best = nullptr;
        const QList<Candidate> *bare = nullptr;
        QString bestKey, bareKey;
        for (const QString &g : std::as_const(candidateKeys[k])) {
            auto r = random.constFind(g);
            if (r == random.cend())
                r = random.insert(g, looksRandom(names, *groups.constFind(g)));
            if (!*r)
                continue;
            const QList<Candidate> &group = *groups.constFind(g);
            if (group.first().start == 0) {
                if (!bare || group.size() > bare->size()) {
                    bare = &group;
                    bareKey = g;
                }
                continue;
            }
            const auto rank = [](const QList<Candidate> &x) {
                return std::pair(x.size(), x.first().start);
            };
            if (!best || rank(group) > rank(*best)) {
                best = &group;
                bestKey = g;
            }
        }
        constexpr qsizetype BareWinsAt = 4;
        if (bare && (!best || bare->size() > BareWinsAt * best->size())) {
            best = bare;
            bestKey = bareKey;
        }
        if (best) {
            const Candidate &c = best->first();
            const QString &name = names[c.name];
            // No stem: the token's length is all that tells generators apart.
            out[k] = (c.start == 0 ? QString(c.length, u'?') : name.left(c.start) + u'*') +
                     bestKey.mid(c.start + 1, bestKey.lastIndexOf(u'\x01') - c.start - 1);
        }
    }
    return out;
}

} // namespace tempscope
