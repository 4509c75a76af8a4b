#include "core/catalogue/Catalogue.h"

#include "core/inventory/PrefixFamilies.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace tempscope {

// The built-in catalogue's bytes (generated from resources/catalogue.json).
extern const unsigned char BuiltinCatalogueJson[];
extern const std::size_t BuiltinCatalogueJsonSize;

namespace {

constexpr qsizetype MaxUserFileBytes = 1 << 20;

std::optional<QStringList> stringList(const QJsonObject &o, const char *key, bool required,
                                      QString *why)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() && !required)
        return QStringList();
    if (!v.isArray()) {
        *why = QCoreApplication::translate("Catalogue", "\"%1\" must be a list of strings")
                   .arg(QLatin1String(key));
        return std::nullopt;
    }
    QStringList out;
    for (const QJsonValue &s : v.toArray()) {
        if (!s.isString() || s.toString().isEmpty()) {
            *why = QCoreApplication::translate("Catalogue",
                                               "\"%1\" must be a list of non-empty strings")
                       .arg(QLatin1String(key));
            return std::nullopt;
        }
        out.append(s.toString());
    }
    return out;
}

std::optional<QRegularExpression> regex(const QString &pattern, bool whole, QString *why)
{
    QRegularExpression re(whole ? QRegularExpression::anchoredPattern(pattern) : pattern);
    if (!re.isValid()) {
        *why = QCoreApplication::translate("Catalogue", "bad regular expression \"%1\": %2")
                   .arg(pattern, re.errorString());
        return std::nullopt;
    }
    re.optimize();
    return re;
}

std::optional<CatalogueEntry> parseEntry(const QJsonObject &o, bool userEntry, QString *why)
{
    CatalogueEntry e;
    e.user = userEntry;
    e.id = o.value(u"id").toString();
    e.program = o.value(u"program").toString();
    e.purpose = o.value(u"purpose").toString();
    e.safe = o.value(u"safe").toString();
    if (e.id.isEmpty() || e.program.isEmpty()) {
        *why = QCoreApplication::translate("Catalogue", "\"id\" and \"program\" are required");
        return std::nullopt;
    }
    const auto match = stringList(o, "match", false, why);
    const auto globs = stringList(o, "globs", false, why);
    const auto processes = stringList(o, "processes", false, why);
    const auto examples = stringList(o, "examples", !userEntry, why);
    if (!match || !globs || !processes || !examples)
        return std::nullopt;
    if (match->isEmpty() && globs->isEmpty()) {
        *why = QCoreApplication::translate("Catalogue",
                                           "give \"match\" (regular expressions) or \"globs\"");
        return std::nullopt;
    }
    for (const QString &m : *match) {
        auto re = regex(m, true, why);
        if (!re)
            return std::nullopt;
        e.match.append(*re);
    }
    for (const QString &g : *globs) {
        const QString error = PrefixFamilies::userFamilyError(g);
        if (!error.isEmpty()) {
            *why = QCoreApplication::translate("Catalogue", "glob \"%1\": %2").arg(g, error);
            return std::nullopt;
        }
    }
    e.matchSource = *match;
    e.globs = *globs;
    e.processes = *processes;
    e.examples = *examples;
    e.family = o.value(u"family").toString();
    if (e.family.isEmpty())
        e.family = !e.globs.isEmpty() ? e.globs.first() : e.id;
    e.anyUser = o.value(u"any_user").toBool(false);
    const QJsonValue pid = o.value(u"pid");
    if (!pid.isUndefined()) {
        const QString from = pid.toObject().value(u"from").toString();
        if (from == u"name")
            e.pidFrom = CatalogueEntry::PidFrom::Name;
        else if (from == u"content")
            e.pidFrom = CatalogueEntry::PidFrom::Content;
        else if (from == u"children")
            e.pidFrom = CatalogueEntry::PidFrom::Children;
        else {
            *why = QCoreApplication::translate(
                "Catalogue", "\"pid\".\"from\" must be \"name\", \"content\" or \"children\"");
            return std::nullopt;
        }
        const bool whole = e.pidFrom == CatalogueEntry::PidFrom::Children;
        auto re = regex(pid.toObject().value(u"regex").toString(), whole, why);
        if (!re)
            return std::nullopt;
        if (re->captureCount() < 1) {
            *why = QCoreApplication::translate(
                "Catalogue", "\"pid\".\"regex\" needs a group that captures the pid");
            return std::nullopt;
        }
        e.pidRegex = *re;
    }
    return e;
}

// The character every match of a whole-name regular expression starts with,
// or 0 when it may start with several.
char16_t leadOfRegex(QStringView re)
{
    int depth = 0;
    for (qsizetype i = 0; i < re.size(); ++i) {
        if (re[i] == u'\\')
            ++i;
        else if (re[i] == u'(' || re[i] == u'[')
            ++depth;
        else if (re[i] == u')' || re[i] == u']')
            --depth;
        else if (re[i] == u'|' && depth == 0)
            return 0;
    }
    if (re.isEmpty())
        return 0;
    qsizetype next = 1;
    char16_t c = re[0].unicode();
    if (c == u'\\') {
        if (re.size() < 2 || !QStringView(u".$^*+?()[]{}|\\-~#").contains(re[1]))
            return 0;
        c = re[1].unicode();
        next = 2;
    } else if (!re[0].isLetterOrNumber() && !QStringView(u"_-~,#@%' ").contains(re[0])) {
        return 0;
    }
    if (next < re.size() && QStringView(u"?*{").contains(re[next]))
        return 0;
    return c;
}

char16_t leadOfGlob(QStringView glob)
{
    return glob.isEmpty() || QStringView(u"*?[").contains(glob[0]) ? 0 : glob[0].unicode();
}

} // namespace

bool CatalogueEntry::matches(QStringView name) const
{
    for (const QRegularExpression &re : match) {
        if (re.match(name).hasMatch())
            return true;
    }
    for (const QString &g : globs) {
        if (PrefixFamilies::globMatch(g, name))
            return true;
    }
    return false;
}

QString CatalogueEntry::purposeText() const
{
    return user ? purpose : QCoreApplication::translate("Catalogue", purpose.toUtf8().constData());
}

QString CatalogueEntry::safeText() const
{
    return user ? safe : QCoreApplication::translate("Catalogue", safe.toUtf8().constData());
}

QString CatalogueEntry::pidFromName(PidFrom from)
{
    switch (from) {
    case PidFrom::Name:
        return QStringLiteral("name");
    case PidFrom::Content:
        return QStringLiteral("content");
    case PidFrom::Children:
        return QStringLiteral("children");
    case PidFrom::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<Catalogue> Catalogue::fromJson(const QByteArray &json, QString *error,
                                             bool userEntries)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("Catalogue", "not valid JSON at byte %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonValue entries = doc.object().value(u"entries");
    if (!doc.isObject() || !entries.isArray()) {
        *error =
            QCoreApplication::translate("Catalogue", "expected an object with an \"entries\" list");
        return std::nullopt;
    }
    Catalogue c;
    QStringList ids;
    const QJsonArray list = entries.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString why;
        std::optional<CatalogueEntry> e;
        if (list[i].isObject())
            e = parseEntry(list[i].toObject(), userEntries, &why);
        else
            why = QCoreApplication::translate("Catalogue", "an entry must be an object");
        if (e && ids.contains(e->id))
            why = QCoreApplication::translate("Catalogue", "the id is used twice"), e.reset();
        if (!e) {
            *error = QCoreApplication::translate("Catalogue", "entry %1 (%2): %3")
                         .arg(i + 1)
                         .arg(list[i].toObject().value(u"id").toString(), why);
            return std::nullopt;
        }
        ids.append(e->id);
        c.m_entries.append(std::move(*e));
    }
    c.buildIndex();
    return c;
}

const Catalogue &Catalogue::builtin()
{
    static const Catalogue catalogue = [] {
        QString error;
        const auto c =
            fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(BuiltinCatalogueJson),
                                             qsizetype(BuiltinCatalogueJsonSize)),
                     &error);
        return c ? *c : Catalogue();
    }();
    return catalogue;
}

QString Catalogue::userFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("tempscope/catalogue.json"));
}

Catalogue Catalogue::withUserFile(const QString &path, QString *error)
{
    Catalogue all = builtin();
    QFile file(path);
    if (!file.exists())
        return all;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Catalogue", "%1: %2").arg(path, file.errorString());
        return all;
    }
    const QByteArray bytes = file.read(MaxUserFileBytes + 1);
    if (bytes.size() > MaxUserFileBytes) {
        *error =
            QCoreApplication::translate("Catalogue", "%1: larger than 1 MiB; left out").arg(path);
        return all;
    }
    QString why;
    const auto user = fromJson(bytes, &why, true);
    if (!user) {
        *error = QCoreApplication::translate("Catalogue", "%1: %2; left out").arg(path, why);
        return all;
    }
    all.m_entries = user->m_entries + all.m_entries;
    all.buildIndex();
    return all;
}

void Catalogue::buildIndex()
{
    m_byFirst.clear();
    m_always.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const CatalogueEntry &e = m_entries[i];
        char16_t lead = 0;
        bool one = true;
        const auto take = [&](char16_t c) {
            if (c == 0 || (lead != 0 && c != lead))
                one = false;
            lead = c;
        };
        for (const QString &re : e.matchSource)
            take(leadOfRegex(re));
        for (const QString &g : e.globs)
            take(leadOfGlob(g));
        if (one && lead != 0)
            m_byFirst[lead].append(i);
        else
            m_always.append(i);
    }
}

const CatalogueEntry *Catalogue::match(QStringView name) const
{
    if (name.isEmpty())
        return nullptr;
    static const QList<qsizetype> None;
    const auto it = m_byFirst.constFind(name[0].unicode());
    const QList<qsizetype> &first = it != m_byFirst.cend() ? *it : None;
    // Both lists are in entry order: merge them so that earlier entries win.
    qsizetype a = 0, b = 0;
    while (a < first.size() || b < m_always.size()) {
        const bool takeFirst = b >= m_always.size() || (a < first.size() && first[a] < m_always[b]);
        const CatalogueEntry &e = m_entries[takeFirst ? first[a++] : m_always[b++]];
        if (e.matches(name))
            return &e;
    }
    return nullptr;
}

qsizetype Catalogue::userCount() const
{
    return std::count_if(m_entries.begin(), m_entries.end(),
                         [](const CatalogueEntry &e) { return e.user; });
}

} // namespace tempscope
