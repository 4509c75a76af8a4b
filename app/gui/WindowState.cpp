#include "WindowState.h"

#include "FilterBar.h"
#include "inventory/Duration.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace tempscope::gui {

namespace {
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
    window->restoreGeometry(s.value(key(QStringLiteral("geometry"))).toByteArray());
    window->restoreState(s.value(key(QStringLiteral("windowState"))).toByteArray());
    for (QSplitter *splitter : splitters)
        splitter->restoreState(s.value(key(splitter->objectName())).toByteArray());
    for (QHeaderView *header : headers)
        header->restoreState(s.value(headerKey(header)).toByteArray());

    const auto basis = parseAgeBasis(s.value(key(QStringLiteral("basis")), QStringLiteral("newest")).toString());
    std::optional<std::chrono::seconds> threshold = std::chrono::hours(24 * 7);
    if (s.contains(key(QStringLiteral("threshold")))) {
        const QString text = s.value(key(QStringLiteral("threshold"))).toString();
        threshold = text.isEmpty() ? std::nullopt : parseDuration(text);
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
    s.setValue(key(QStringLiteral("threshold")), rule.threshold ? formatDuration(*rule.threshold) : QString());
}

} // namespace tempscope::gui
