#include "core/inventory/TokenGroups.h"

#include "core/inventory/PrefixFamilies.h"

#include <algorithm>
#include <array>
#include <bit>
#include <tuple>
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

// Where a name's tokens may end (its suffix, and the base's last separator
// before it) and, for each, the token lengths that may end there (bit L).
struct Slots
{
    std::array<std::uint32_t, 2> lengths{};
    std::array<std::uint16_t, 2> end{};
};

Slots slotsOf(const QString &name)
{
    Slots out;
    const qsizetype suffix = PrefixFamilies::suffixStart(name);
    std::array<qsizetype, 2> tailStarts{suffix, -1};
    for (qsizetype p = suffix - 1; p > 0; --p) {
        if (isSeparator(name[p])) {
            tailStarts[1] = p;
            break;
        }
    }
    qsizetype underscores = 0;
    while (underscores < name.size() && name[underscores] == u'_')
        ++underscores;
    for (std::size_t s = 0; s < 2; ++s) {
        const qsizetype end = tailStarts[s];
        if (end <= 0 || end > 0xFFFF)
            continue;
        out.end[s] = std::uint16_t(end);
        for (qsizetype len = 1; len <= end && len <= MaxToken && isTokenChar(name[end - len]);
             ++len) {
            const qsizetype start = end - len;
            // Underscores alone are no stem: Python's tokens may begin with them.
            if (len < MinToken || (start > 0 && start <= underscores))
                continue;
            const bool marked = start == 0 || isSeparator(name[start - 1]);
            if (!marked &&
                std::find(GluedLengths.begin(), GluedLengths.end(), len) == GluedLengths.end())
                continue;
            out.lengths[s] |= 1u << len;
        }
    }
    return out;
}

// A group's key, "stem*tail", read in place: the name without its token,
// a '*' where the token was.
struct KeyView
{
    const QString *name;
    qsizetype start;
    qsizetype end;

    qsizetype size() const { return start + 1 + name->size() - end; }
    char16_t at(qsizetype i) const
    {
        if (i < start)
            return (*name)[i].unicode();
        if (i == start)
            return u'*';
        return (*name)[end + i - start - 1].unicode();
    }
    std::uint64_t hash() const
    {
        std::uint64_t h = 14695981039346656037ull; // FNV-1a of at(0) ... at(size() - 1)
        const auto add = [&h](char16_t c) { h = (h ^ c) * 1099511628211ull; };
        const QChar *data = name->constData();
        for (qsizetype i = 0; i < start; ++i)
            add(data[i].unicode());
        add(u'*');
        for (qsizetype i = end; i < name->size(); ++i)
            add(data[i].unicode());
        return h;
    }
    int compare(const KeyView &o) const
    {
        const qsizetype n = std::min(size(), o.size());
        for (qsizetype i = 0; i < n; ++i) {
            if (at(i) != o.at(i))
                return at(i) < o.at(i) ? -1 : 1;
        }
        return size() < o.size() ? -1 : size() > o.size() ? 1 : 0;
    }
};

// One name's token of the length being judged.
struct Candidate
{
    std::uint64_t hash = 0;
    std::uint32_t k = 0;   // index into `which`
    std::uint8_t slot = 0; // which end (Slots)
};

// The best group seen so far for a name: largest, then (for groups with a
// stem) longest stem, then the first in the order names were always judged
// in (the suffix's end before the separator's, shorter tokens first).
struct Choice
{
    std::uint32_t size = 0;
    std::uint16_t rankStart = 0; // the group's stem length
    std::uint16_t start = 0;     // this name's token
    std::uint8_t length = 0;
    std::uint8_t order = 0xFF;
};

class Judge
{
public:
    Judge(const QList<QString> &names, const QList<qsizetype> &which, TokenKeyHash hash)
        : m_names(names), m_which(which), m_hash(hash), m_slots(std::size_t(which.size())),
          m_best(std::size_t(which.size())), m_bare(std::size_t(which.size()))
    {
        for (qsizetype k = 0; k < which.size(); ++k)
            m_slots[std::size_t(k)] = slotsOf(names[which[k]]);
    }

    // All groups of tokens of one length: one candidate per name and end.
    void judgeLength(qsizetype len)
    {
        std::size_t count = 0;
        for (const Slots &s : m_slots)
            count += ((s.lengths[0] >> len) & 1) + ((s.lengths[1] >> len) & 1);
        m_candidates.clear();
        m_candidates.reserve(count);
        for (std::size_t k = 0; k < m_slots.size(); ++k) {
            for (std::uint8_t s = 0; s < 2; ++s) {
                if ((m_slots[k].lengths[s] >> len) & 1)
                    m_candidates.push_back({hashOf(view(k, s, len)), std::uint32_t(k), s});
            }
        }
        // Equal keys side by side, each group in the order names come.
        std::sort(m_candidates.begin(), m_candidates.end(),
                  [](const Candidate &a, const Candidate &b) {
                      return std::tie(a.hash, a.k, a.slot) < std::tie(b.hash, b.k, b.slot);
                  });
        auto it = m_candidates.begin();
        while (it != m_candidates.end()) {
            const auto runEnd = std::find_if(
                it, m_candidates.end(), [&](const Candidate &c) { return c.hash != it->hash; });
            if (runEnd - it > 1 && !judgeGroup(it, runEnd, len, true)) {
                // A hash collision: split the run by the keys themselves.
                std::sort(it, runEnd, [&](const Candidate &a, const Candidate &b) {
                    const int c = view(a, len).compare(view(b, len));
                    return c != 0 ? c < 0 : std::tie(a.k, a.slot) < std::tie(b.k, b.slot);
                });
                for (auto group = it; group != runEnd;) {
                    const KeyView key = view(*group, len);
                    const auto groupEnd = std::find_if(group, runEnd, [&](const Candidate &c) {
                        return view(c, len).compare(key) != 0;
                    });
                    judgeGroup(group, groupEnd, len, false);
                    group = groupEnd;
                }
            }
            it = runEnd;
        }
    }

    std::vector<TokenKey> result() const
    {
        constexpr std::uint32_t BareWinsAt = 4;
        std::vector<TokenKey> out(m_slots.size());
        for (std::size_t k = 0; k < out.size(); ++k) {
            const Choice &best = m_best[k];
            const Choice &bare = m_bare[k];
            // A group without a stem takes only names of one length, but of
            // any generator: it wins only when it is much larger, that is
            // when the stems are themselves random characters.
            const bool bareWins =
                bare.size > 0 && (best.size == 0 || bare.size > BareWinsAt * best.size);
            const Choice &c = bareWins ? bare : best;
            if (c.size > 0)
                out[k] = {c.start, std::uint16_t(c.start + c.length), bareWins, true};
        }
        return out;
    }

private:
    using Iter = std::vector<Candidate>::iterator;

    KeyView view(std::size_t k, std::uint8_t slot, qsizetype len) const
    {
        const qsizetype end = m_slots[k].end[slot];
        return {&m_names[m_which[qsizetype(k)]], end - len, end};
    }
    KeyView view(const Candidate &c, qsizetype len) const { return view(c.k, c.slot, len); }
    std::uint64_t hashOf(const KeyView &key) const
    {
        if (!m_hash)
            return key.hash();
        return m_hash(QStringView(*key.name).left(key.start), QStringView(*key.name).mid(key.end));
    }

    // Judges a group of equal keys (`verify`: of equal hashes, their keys
    // compared on the way; false when they differ, nothing judged). Each
    // name is read once: a group may hold most of a million names.
    bool judgeGroup(Iter begin, Iter end, qsizetype len, bool verify)
    {
        if (end - begin < 2)
            return true;
        // Does the group's token vary the way generated ones do? A fixed
        // first or last character belongs to the stem or the tail; random
        // tokens differ in most places. And the alphabet of generators,
        // token by token: a digit or '_', or mixed case. Most generated
        // tokens show it (seven in eight of Python's, nearly all of mktemp's
        // and Qt's); hand-made names ("build.log", "fresh.log", "full1.log")
        // rarely do, so one digit among words is not enough: at least half
        // the tokens must look generated.
        const KeyView first = view(*begin, len);
        const QChar *token0 = first.name->constData() + first.start;
        std::uint32_t varies = 0; // bit p: position p differs somewhere
        qsizetype generated = 0;
        for (Iter it = begin; it != end; ++it) {
            const KeyView v = view(*it, len);
            if (verify && it != begin && v.compare(first) != 0)
                return false;
            const QChar *token = v.name->constData() + v.start;
            bool digit = false, lower = false, upper = false;
            for (qsizetype p = 0; p < len; ++p) {
                const QChar ch = token[p];
                varies |= ch != token0[p] ? 1u << p : 0u;
                digit = digit || (ch >= u'0' && ch <= u'9') || ch == u'_';
                lower = lower || (ch >= u'a' && ch <= u'z');
                upper = upper || (ch >= u'A' && ch <= u'Z');
            }
            generated += (digit || (lower && upper)) ? 1 : 0;
        }
        const qsizetype varying = std::popcount(varies);
        const bool ends = (varies & 1u) && (varies >> (len - 1) & 1u);
        if (!ends || varying * 2 < len || generated * 2 < end - begin)
            return true;

        const auto size = std::uint32_t(end - begin);
        const auto stem = std::uint16_t(first.start);
        for (Iter it = begin; it != end; ++it) {
            const auto order = std::uint8_t(it->slot * 32 + len);
            Choice &c = stem == 0 ? m_bare[it->k] : m_best[it->k];
            const auto rank = std::pair(size, stem);
            const auto held = std::pair(c.size, c.rankStart);
            if (rank > held || (rank == held && order < c.order))
                c = {size, stem, std::uint16_t(m_slots[it->k].end[it->slot] - len),
                     std::uint8_t(len), order};
        }
        return true;
    }

    const QList<QString> &m_names;
    const QList<qsizetype> &m_which;
    TokenKeyHash m_hash;
    std::vector<Slots> m_slots;
    std::vector<Choice> m_best; // groups with a stem
    std::vector<Choice> m_bare; // groups without one
    std::vector<Candidate> m_candidates;
};

} // namespace

std::vector<TokenKey> randomTokenKeys(const QList<QString> &names, const QList<qsizetype> &which,
                                      TokenKeyHash hash)
{
    // Candidates by (stem, tail, token length): the token ends where the
    // tail begins (the suffix, or the suffix and the base's last separated
    // part). One length at a time, grouped by sorting hashes of the keys:
    // no key is ever held as a string.
    Judge judge(names, which, hash);
    for (qsizetype len = MinToken; len <= MaxToken; ++len)
        judge.judgeLength(len);
    return judge.result();
}

QString tokenKeyText(const QString &name, const TokenKey &key)
{
    const QString stemAndTail = name.left(key.start) + u'*' + name.mid(key.end);
    // No stem: the token's length is all that tells generators apart.
    if (key.bare)
        return QString(key.end - key.start, u'?') + QStringView(stemAndTail).mid(1);
    return stemAndTail;
}

} // namespace tempscope
