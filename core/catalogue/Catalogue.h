#pragma once
// The catalogue of known temp files: for names that programs leave in temp
// directories, which program makes them, what for, which processes own them,
// where a creator's pid is written (in the name, in the content, in the names
// of the entries inside) and when they may go.
//
// The built-in entries come from resources/catalogue.json, compiled into the
// core; users add their own in <config>/tempscope/catalogue.json (same
// layout; an entry may give "globs" instead of "match"), and theirs win.
// Entry texts (purpose, safe) are source text: purposeText()/safeText()
// translate them in the "Catalogue" context (CatalogueTexts.cpp lists them
// for lupdate). Immutable once loaded; thread-safe for reads.

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace tempscope {

struct CatalogueEntry
{
    enum class PidFrom { None, Name, Content, Children };

    QString id;
    QString program;
    QString purpose;                 // untranslated; purposeText() translates
    QString family;                  // the family key its items get (a glob)
    QString safe;                    // when it may go; untranslated
    QStringList matchSource;         // whole-name regular expressions as written
    QList<QRegularExpression> match; // and compiled
    QStringList globs;               // or globs (PrefixFamilies::globMatch)
    QStringList processes;           // owning process names; "x*" a prefix, "*" any
    PidFrom pidFrom = PidFrom::None;
    QRegularExpression pidRegex; // its first group is the pid
    bool anyUser = false;        // owned by processes of any user (system services)
    bool user = false;           // from the user's file
    QStringList examples;

    bool matches(QStringView name) const;
    QString purposeText() const;
    QString safeText() const;
    static QString pidFromName(PidFrom from); // "name", "content", "children", "none"
};

class Catalogue
{
public:
    // The built-in entries (parsed once; a broken built-in file is a build
    // error caught by CatalogueTest, and yields an empty catalogue here).
    static const Catalogue &builtin();
    // Parses the JSON layout; on failure nullopt and *error says what and
    // where in one line ("entry 3 (npm): \"match\" ...").
    static std::optional<Catalogue> fromJson(const QByteArray &json, QString *error,
                                             bool userEntries = false);
    // <config>/tempscope/catalogue.json
    static QString userFilePath();
    // The built-in entries with the user's file (when there is one) in front;
    // a broken user file is left out and *error says why.
    static Catalogue withUserFile(const QString &path, QString *error);
    static Catalogue withUserFile(QString *error) { return withUserFile(userFilePath(), error); }

    const QList<CatalogueEntry> &entries() const { return m_entries; }
    // The first entry whose patterns match the name, or null.
    const CatalogueEntry *match(QStringView name) const;
    qsizetype userCount() const;

private:
    void buildIndex();

    QList<CatalogueEntry> m_entries;
    // Entries by the first character every name they match starts with;
    // the others are always tried. Both in entry order.
    QHash<char16_t, QList<qsizetype>> m_byFirst;
    QList<qsizetype> m_always;
};

} // namespace tempscope
