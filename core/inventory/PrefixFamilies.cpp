#include "core/inventory/PrefixFamilies.h"

#include "core/catalogue/Catalogue.h"
#include "core/inventory/TokenGroups.h"

#include <QCoreApplication>
#include <QSet>

#include <array>
#include <optional>

namespace tempscope {

namespace {

bool isSeparator(QChar c)
{
    return c == u'-' || c == u'_' || c == u'.' || c == u' ' || c == u'+' || c == u'~' || c == u'@';
}
bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
bool isAsciiLower(QChar c)
{
    return c >= u'a' && c <= u'z';
}
bool isAsciiUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}
bool isAsciiLetter(QChar c)
{
    return isAsciiLower(c) || isAsciiUpper(c);
}
bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// A file extension a person would recognise: ".csv", ".tmp", ".TMP", ".o", ".tar.gz".
bool isExtension(QStringView ext)
{
    if (ext.isEmpty() || ext.size() > 5 || !isAsciiLetter(ext[0]))
        return false;
    bool lower = false, upper = false;
    for (QChar c : ext) {
        if (isAsciiLower(c))
            lower = true;
        else if (isAsciiUpper(c))
            upper = true;
        else if (!isAsciiDigit(c))
            return false;
    }
    return !(lower && upper); // "AbCd" is a random token, not an extension
}

enum class Token { None, Whole, DigitTail };

// Does this separator-free segment look machine-generated?
// `lastOfBase` and `afterSeparator` let mixed-case letters count as random
// only in the position Qt's and mktemp's templates put them.
Token classify(QStringView seg, bool lastOfBase, bool afterSeparator)
{
    if (seg.isEmpty())
        return Token::None;
    int digits = 0, lower = 0, upper = 0, other = 0, hex = 0;
    for (QChar c : seg) {
        if (isAsciiDigit(c))
            ++digits;
        else if (isAsciiLower(c))
            ++lower;
        else if (isAsciiUpper(c))
            ++upper;
        else
            ++other;
        if (isHexDigit(c))
            ++hex;
    }
    const int n = int(seg.size());
    if (other)
        return Token::None;
    if (digits == n)
        return Token::Whole; // a pid, uid, timestamp, counter
    if (digits && hex == n && n >= 4 && hex > digits)
        return Token::Whole; // hex: hashes, uuids, their fragments
    if (digits && n >= 5) {
        // letters then only digits ("emacs1000", "build123456"): the letters are a word
        // unless the letters are themselves random ("xYz123")
        qsizetype k = 0;
        bool innerUpper = false;
        while (k < n && isAsciiLetter(seg[k])) {
            innerUpper = innerUpper || (k > 0 && isAsciiUpper(seg[k]));
            ++k;
        }
        bool tail = k > 0 && !innerUpper;
        for (qsizetype j = k; j < n; ++j)
            tail = tail && isAsciiDigit(seg[j]);
        return tail ? Token::DigitTail : Token::Whole;
    }
    if (digits) {
        // short: "X0", "v12": a word with a number
        qsizetype k = 0;
        while (k < n && isAsciiLetter(seg[k]))
            ++k;
        bool tail = k > 0 && k < n;
        for (qsizetype j = k; j < n; ++j)
            tail = tail && isAsciiDigit(seg[j]);
        return tail ? Token::DigitTail : Token::None;
    }
    // letters only: mixed case past the first letter, where templates put it
    bool innerUpper = false;
    for (qsizetype j = 1; j < n; ++j)
        innerUpper = innerUpper || isAsciiUpper(seg[j]);
    if (n >= 6 && lower && innerUpper && lastOfBase && afterSeparator)
        return Token::Whole;
    return Token::None;
}

// Fixed names that look numbered but are not (the X11 socket directories).
constexpr std::array<QStringView, 5> FixedNames{u".X11-unix", u".ICE-unix", u".XIM-unix",
                                                u".font-unix", u".Test-unix"};

// Stems that programs glue directly to their random part (no separator).
constexpr std::array<QStringView, 14> GluedStems{
    u"tmp",  u"cc",  u"rustc",  u"go-build", u"scoped_dir", u"lu",          u"~DF",
    u"~WRL", u"CVR", u"jetty-", u"sess_",    u"php",        u"hsperfdata_", u"ssh-"};

bool isRandomRun(QStringView s, bool lowerOnlyOk)
{
    if (s.size() < 4)
        return false;
    int digits = 0, letters = 0, lower = 0, upper = 0;
    for (QChar c : s) {
        if (isAsciiDigit(c))
            ++digits;
        else if (isAsciiLetter(c)) {
            ++letters;
            (isAsciiLower(c) ? lower : upper)++;
        } else if (c != u'_') {
            return false;
        }
    }
    return digits || (lower && upper) || lowerOnlyOk;
}

} // namespace

qsizetype PrefixFamilies::suffixStart(QStringView name)
{
    // Up to two recognisable extensions, never the whole name.
    qsizetype baseEnd = name.size();
    for (int round = 0; round < 2; ++round) {
        const qsizetype dot = name.lastIndexOf(u'.', baseEnd - 1);
        if (dot <= 0 || (dot == 1 && name[0] == u'.'))
            break;
        if (!isExtension(name.mid(dot + 1, baseEnd - dot - 1)))
            break;
        baseEnd = dot;
    }
    return baseEnd;
}

QString PrefixFamilies::inferKey(QStringView name)
{
    if (name.isEmpty())
        return {};
    if (name.startsWith(u"systemd-private-"))
        return QStringLiteral("systemd-private-*");
    for (QStringView fixed : FixedNames) {
        if (name == fixed)
            return name.toString();
    }

    const qsizetype baseEnd = suffixStart(name);
    const QStringView base = name.left(baseEnd);
    const QStringView suffix = name.mid(baseEnd);
    auto key = [&](QStringView stem) -> QString {
        return stem.toString() + u'*' + suffix.toString();
    };

    // Python's tempfile: prefix + 8 of [a-z0-9_] (+ suffix).
    if (base.size() >= 8) {
        const QStringView token = base.right(8);
        const QStringView stem = base.left(base.size() - 8);
        bool alphabet = true, marked = false;
        for (QChar c : token) {
            alphabet = alphabet && (isAsciiLower(c) || isAsciiDigit(c) || c == u'_');
            marked = marked || isAsciiDigit(c) || c == u'_';
        }
        bool stemHasDigits = false;
        for (QChar c : stem)
            stemHasDigits = stemHasDigits || isAsciiDigit(c);
        // A stem with numbers in it ("npm-12345-") is itself generated: leave it to the generic
        // rule. Python with prefix="" leaves bare tokens: "k_qun08i".
        const bool stemOk =
            stem == u"tmp" || (stem.isEmpty() && marked) ||
            (!stem.isEmpty() && isSeparator(stem.back()) && marked && !stemHasDigits);
        if (alphabet && stemOk)
            return key(stem);
    }

    // Known stems glued to a random run: ccR5yCdu.s, go-build123456789, lu12345.tmp
    for (QStringView stem : GluedStems) {
        if (base.size() > stem.size() && base.startsWith(stem) &&
            isRandomRun(base.mid(stem.size()), stem == u"tmp"))
            return key(stem);
    }

    // Generic: the first machine-looking segment and everything after it that
    // is machine-looking too; a plain word after the token stays (".X0-lock").
    qsizetype i = 0;
    while (i < base.size()) {
        while (i < base.size() && isSeparator(base[i]))
            ++i;
        qsizetype j = i;
        while (j < base.size() && !isSeparator(base[j]))
            ++j;
        if (i == j)
            break;
        const QStringView seg = base.mid(i, j - i);
        const bool afterSep = i > 0;
        Token t = classify(seg, j == base.size(), afterSep);
        // A name's first word with digits in it ("krb5cc", "x86") is a word,
        // unless it is all there is or looks like a hash.
        if (t == Token::Whole && i == 0 && j < base.size()) {
            bool hexOnly = true;
            for (QChar c : seg)
                hexOnly = hexOnly && isHexDigit(c);
            if (!hexOnly || seg.size() < 6)
                t = Token::None;
        }
        if (t != Token::None) {
            qsizetype tokenStart = i;
            if (t == Token::DigitTail) {
                while (tokenStart < j && isAsciiLetter(base[tokenStart]))
                    ++tokenStart;
            }
            // The rest of the base: kept if it holds no further token.
            const QStringView rest = base.mid(j);
            bool restRandom = false;
            qsizetype k = 0;
            while (k < rest.size()) {
                while (k < rest.size() && isSeparator(rest[k]))
                    ++k;
                qsizetype m = k;
                while (m < rest.size() && !isSeparator(rest[m]))
                    ++m;
                if (m > k &&
                    classify(rest.mid(k, m - k), j + m == base.size(), true) != Token::None)
                    restRandom = true;
                k = m;
            }
            const QString stem = base.left(tokenStart).toString();
            if (restRandom)
                return stem + u'*' + suffix.toString();
            return stem + u'*' + rest.toString() + suffix.toString();
        }
        i = j;
    }
    return name.toString();
}

QString PrefixFamilies::userFamilyKey(const QString &prefixOrGlob)
{
    QString key = prefixOrGlob;
    if (!key.contains(u'*') && !key.contains(u'?') && !key.contains(u'['))
        key += u'*';
    return key;
}

QString PrefixFamilies::userFamilyError(QStringView text)
{
    // lupdate files these tr() calls under the class: look them up there.
    const auto tr = [](const char *s) {
        return QCoreApplication::translate("tempscope::PrefixFamilies", s);
    };
    if (text.trimmed().isEmpty())
        return tr("Enter a prefix such as myapp- or a pattern such as upload_*.csv.");
    if (text.trimmed().size() != text.size())
        return tr("The name starts or ends with a space; names rarely do, so this is likely a "
                  "typing mistake.");
    if (text.contains(u'/'))
        return tr("A family matches names of items, not paths: leave out the \"/\".");
    if (text.contains(QChar(0)))
        return tr("Names cannot contain a null character.");
    if (text.size() > 255)
        return tr("Names are at most 255 characters long.");
    // '[' opens a set only when a ']' closes it; a lone one is literal,
    // which is rarely what was meant.
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'[')
            continue;
        qsizetype first = i + 1;
        if (first < text.size() && (text[first] == u'!' || text[first] == u'^'))
            ++first;
        const qsizetype close = text.indexOf(u']', first + 1);
        if (close < 0)
            return tr("The character set opened by \"[\" is not closed with \"]\".");
        i = close;
    }
    bool wildOnly = true;
    for (QChar c : text)
        wildOnly = wildOnly && (c == u'*' || c == u'?');
    if (wildOnly)
        return tr("This pattern matches almost every name and would hide all other families.");
    return {};
}

void PrefixFamilies::addUserFamily(const QString &prefixOrGlob)
{
    const QString key = userFamilyKey(prefixOrGlob);
    if (!m_userKeys.contains(key))
        m_userKeys.append(key);
}

PrefixFamilies::PrefixFamilies() : m_catalogue(&Catalogue::builtin()) {}

QString PrefixFamilies::declaredKey(QStringView name) const
{
    for (const QString &k : m_userKeys) {
        if (globMatch(k, name))
            return k;
    }
    if (m_catalogue) {
        if (const CatalogueEntry *e = m_catalogue->match(name))
            return e->family;
    }
    return {};
}

QString PrefixFamilies::keyFor(QStringView name) const
{
    const QString declared = declaredKey(name);
    return declared.isEmpty() ? inferKey(name) : declared;
}

QList<QString> PrefixFamilies::keysFor(const QList<QString> &names) const
{
    // Equal keys share one string: a root of a million files from a few
    // programs holds a few keys, not a million.
    QSet<QString> distinct;
    const auto shared = [&distinct](const QString &key) { return *distinct.insert(key); };
    QList<QString> keys(names.size());
    QList<qsizetype> open; // names no user family or catalogue entry claims
    for (qsizetype i = 0; i < names.size(); ++i) {
        keys[i] = declaredKey(names[i]);
        if (keys[i].isEmpty())
            open.append(i);
    }
    const std::vector<TokenKey> grouped = randomTokenKeys(names, open);
    for (qsizetype k = 0; k < open.size(); ++k) {
        const qsizetype i = open[k];
        const TokenKey &key = grouped[std::size_t(k)];
        keys[i] = shared(key.found ? tokenKeyText(names[i], key) : inferKey(names[i]));
    }
    return keys;
}

bool PrefixFamilies::globMatch(QStringView glob, QStringView name)
{
    // Iterative matcher with single-star backtracking: linear in practice,
    // never exponential.
    qsizetype g = 0, n = 0, starG = -1, starN = 0;
    auto matchSet = [&](qsizetype &pos, QChar c) -> std::optional<bool> {
        // glob[pos] == '['; on success pos is past ']'
        qsizetype p = pos + 1;
        bool negate = false;
        if (p < glob.size() && (glob[p] == u'!' || glob[p] == u'^')) {
            negate = true;
            ++p;
        }
        bool matched = false;
        bool first = true;
        while (p < glob.size() && (first || glob[p] != u']')) {
            first = false;
            QChar lo = glob[p];
            QChar hi = lo;
            if (p + 2 < glob.size() && glob[p + 1] == u'-' && glob[p + 2] != u']') {
                hi = glob[p + 2];
                p += 3;
            } else {
                ++p;
            }
            if (c >= lo && c <= hi)
                matched = true;
        }
        if (p >= glob.size())
            return std::nullopt; // unterminated: '[' is literal
        pos = p + 1;
        return matched != negate;
    };
    while (n < name.size()) {
        if (g < glob.size()) {
            const QChar gc = glob[g];
            if (gc == u'*') {
                starG = ++g;
                starN = n;
                continue;
            }
            if (gc == u'[') {
                qsizetype p = g;
                const auto r = matchSet(p, name[n]);
                if (r.has_value()) {
                    if (*r) {
                        g = p;
                        ++n;
                        continue;
                    }
                } else if (name[n] == u'[') {
                    ++g;
                    ++n;
                    continue;
                }
            } else if (gc == u'?' || gc == name[n]) {
                ++g;
                ++n;
                continue;
            }
        }
        if (starG < 0)
            return false;
        g = starG;
        n = ++starN;
    }
    while (g < glob.size() && glob[g] == u'*')
        ++g;
    return g == glob.size();
}

} // namespace tempscope
