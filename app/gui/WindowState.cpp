#include "gui/WindowState.h"

#include "core/inventory/Duration.h"
#include "core/locations/SettingsValues.h"
#include "gui/items/FilterBar.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

#include <algorithm>

namespace tempscope::gui {

namespace {
// Wider than any screen: a corrupt width, not a choice.
constexpr int MaxPixels = 100'000;

QString key(const QString &name)
{
    return QStringLiteral("gui/") + name;
}
QString headerKey(const QHeaderView *header)
{
    return key(header->parentWidget()->objectName() + QStringLiteral("Header"));
}
} // namespace

void WindowState::restore(QSettings &s) const
{
    // Every value is bounded (settings::bytes); Qt checks the streams'
    // layout, and sections or splitter panes wider than any screen are put
    // back to their defaults.
    const auto state = [&s](const QString &name) {
        return settings::bytes(s, name, settings::MaxStateBytes).value_or(QByteArray());
    };
    window->restoreGeometry(state(key(QStringLiteral("geometry"))));
    window->restoreState(state(key(QStringLiteral("windowState"))));
    for (QSplitter *splitter : splitters) {
        const QList<int> before = splitter->sizes();
        if (splitter->restoreState(state(key(splitter->objectName())))) {
            const QList<int> sizes = splitter->sizes();
            if (std::any_of(sizes.cbegin(), sizes.cend(),
                            [](int n) { return n < 0 || n > MaxPixels; })) {
                settings::reportBad(s, key(splitter->objectName()),
                                    QStringLiteral("a pane size out of range"));
                splitter->setSizes(before);
            }
        }
    }
    for (QHeaderView *header : headers) {
        const QByteArray defaults = header->saveState();
        if (header->restoreState(state(headerKey(header)))) {
            for (int i = 0; i < header->count(); ++i) {
                if (header->sectionSize(i) > MaxPixels) {
                    settings::reportBad(s, headerKey(header),
                                        QStringLiteral("a column width out of range"));
                    header->restoreState(defaults);
                    break;
                }
            }
        }
    }

    const auto basis = parseAgeBasis(
        settings::text(s, key(QStringLiteral("basis")), 16).value_or(QStringLiteral("newest")));
    std::optional<std::chrono::seconds> threshold = std::chrono::hours(24 * 7);
    if (s.contains(key(QStringLiteral("threshold")))) {
        const auto text = settings::text(s, key(QStringLiteral("threshold")), 32);
        if (text && text->isEmpty())
            threshold = std::nullopt; // "stale" switched off
        else if (const auto parsed = text ? parseDuration(*text) : std::nullopt)
            threshold = parsed;
        else if (text)
            settings::reportBad(s, key(QStringLiteral("threshold")),
                                QStringLiteral("\"%1\" is not a duration").arg(*text));
    }
    filterBar->setAgeRule(basis.value_or(AgeBasis::Newest), threshold);
}

void WindowState::save(QSettings &s) const
{
    s.setValue(key(QStringLiteral("geometry")), window->saveGeometry());
    s.setValue(key(QStringLiteral("windowState")), window->saveState());
    for (QSplitter *splitter : splitters)
        s.setValue(key(splitter->objectName()), splitter->saveState());
    for (QHeaderView *header : headers)
        s.setValue(headerKey(header), header->saveState());
    const AgeRule rule = filterBar->ageRule();
    s.setValue(key(QStringLiteral("basis")), ageBasisName(rule.basis));
    s.setValue(key(QStringLiteral("threshold")),
               rule.threshold ? formatDuration(*rule.threshold) : QString());
}

} // namespace tempscope::gui
