#include "gui/playground/CreatePanel.h"

#include "gui/playground/PlaygroundSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <functional>

namespace tempscope::gui::playground {

namespace {

// A form label for field, its text set by retranslate().
QLabel *formLabel(QWidget *field, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setBuddy(field);
    return label;
}

void setFormLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

} // namespace

CreatePanel::CreatePanel(PlaygroundSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(formBox());
    layout->addWidget(pitfallsBox());
    layout->addWidget(recipesBox());
    retranslate();
    onKindChanged();
}

QGroupBox *CreatePanel::formBox()
{
    auto *box = m_createBox = new QGroupBox(this);
    auto *form = m_form = new QFormLayout(box);

    m_kind = new QComboBox(box);
    for (const ObjectKind k : {ObjectKind::TemporaryFile, ObjectKind::NamedTemporaryFile,
                               ObjectKind::SpooledTemporaryFile, ObjectKind::TemporaryDirectory,
                               ObjectKind::Mkstemp, ObjectKind::Mkdtemp})
        m_kind->addItem(QString(), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(ObjectKind::NamedTemporaryFile)));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { onKindChanged(); });
    form->addRow(formLabel(m_kind, box), m_kind);

    m_prefix = new QLineEdit(QStringLiteral("tmp"), box);
    form->addRow(formLabel(m_prefix, box), m_prefix);
    m_suffix = new QLineEdit(box);
    form->addRow(formLabel(m_suffix, box), m_suffix);
    m_directory = new QComboBox(box);
    // Paths are long: the box does not widen the window for them (the
    // list that drops down shows them whole).
    m_directory->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_directory->setMinimumContentsLength(16);
    form->addRow(formLabel(m_directory, box), m_directory);

    m_delete = new QCheckBox(box);
    m_delete->setChecked(true);
    m_deleteOnClose = new QCheckBox(box);
    m_deleteOnClose->setChecked(true);
    connect(m_delete, &QCheckBox::toggled, this, [this] { onKindChanged(); });
    m_versionMarker = new QLabel(QStringLiteral("3.12+"), box);
    QFont small = m_versionMarker->font();
    small.setBold(true);
    m_versionMarker->setFont(small);
    m_versionMarker->setForegroundRole(QPalette::Link);
    auto *deletes = new QHBoxLayout;
    deletes->addWidget(m_delete);
    deletes->addWidget(m_deleteOnClose);
    deletes->addWidget(m_versionMarker);
    deletes->addStretch();
    form->addRow(formLabel(m_delete, box), deletes);

    m_textMode = new QCheckBox(box);
    form->addRow(formLabel(m_textMode, box), m_textMode);

    m_maxSize = new QSpinBox(box);
    m_maxSize->setRange(0, 1024 * 1024);
    m_maxSize->setValue(30);
    form->addRow(formLabel(m_maxSize, box), m_maxSize);

    m_create = new QPushButton(box);
    m_create->setDefault(true);
    m_create->setShortcut(Qt::CTRL | Qt::Key_N);
    connect(m_create, &QPushButton::clicked, this, [this] { onCreate(); });
    form->addRow(m_create);
    return box;
}

QGroupBox *CreatePanel::pitfallsBox()
{
    auto *box = m_pitfallsBox = new QGroupBox(this);
    auto *layout = new QVBoxLayout(box);
    const std::function<void()> demos[] = {
        [this] { m_session->demoForgotSeek(); },
        [this] { m_session->demoForgotFlush(); },
        [this] { m_session->demoReopenRule(); },
        [this] { m_session->demoCrash(); },
    };
    for (const auto &run : demos) {
        auto *button = new QPushButton(box);
        connect(button, &QPushButton::clicked, this, run);
        layout->addWidget(button);
        m_pitfalls.append(button);
    }
    return box;
}

QGroupBox *CreatePanel::recipesBox()
{
    auto *box = m_recipesBox = new QGroupBox(this);
    auto *grid = new QGridLayout(box);
    const std::function<void()> recipes[] = {
        [this] { m_session->demoTextMode(); },         [this] { m_session->demoHandOff(); },
        [this] { m_session->demoExceptionInBlock(); }, [this] { m_session->demoLowLevel(); },
        [this] { m_session->demoNamingRace(); },       [this] { m_session->demoGettempdir(); },
        [this] { m_session->demoSpoolName(); },
    };
    for (const auto &run : recipes) {
        auto *button = new QPushButton(box);
        connect(button, &QPushButton::clicked, this, run);
        grid->addWidget(button, int(m_recipes.size()) / 2, int(m_recipes.size()) % 2);
        m_recipes.append(button);
    }
    return box;
}

void CreatePanel::onKindChanged()
{
    const auto kind = ObjectKind(m_kind->currentData().toInt());
    const bool named = kind == ObjectKind::NamedTemporaryFile;
    m_delete->setEnabled(takesDelete(kind));
    m_deleteOnClose->setEnabled(named && m_delete->isChecked());
    m_maxSize->setEnabled(kind == ObjectKind::SpooledTemporaryFile);
    m_textMode->setEnabled(takesMode(kind));
    updateVersionMarker();
}

// What needs Python 3.12 among the removal options of the kind chosen.
void CreatePanel::updateVersionMarker()
{
    const auto kind = ObjectKind(m_kind->currentData().toInt());
    m_versionMarker->setEnabled(m_delete->isEnabled());
    m_versionMarker->setToolTip(
        kind == ObjectKind::TemporaryDirectory
            ? tr("Python 3.12+: TemporaryDirectory(delete=False) is new in 3.12; older "
                 "versions raise TypeError for it.")
            : tr("Python 3.12+: delete_on_close is new in 3.12; older versions raise TypeError "
                 "for it. delete=False works everywhere."));
    m_versionMarker->setAccessibleName(m_versionMarker->toolTip());
}

void CreatePanel::onCreate()
{
    ObjectSpec spec; // the session keeps only the options the kind takes (normalized())
    spec.kind = ObjectKind(m_kind->currentData().toInt());
    spec.prefix = m_prefix->text();
    spec.suffix = m_suffix->text();
    spec.dir = m_directory->currentData().toString();
    spec.autoDelete = m_delete->isChecked();
    spec.deleteOnClose = m_deleteOnClose->isChecked();
    spec.maxSize = m_maxSize->value();
    spec.text = m_textMode->isChecked();
    m_session->create(spec);
}

void CreatePanel::updateDirectories()
{
    const QString current = m_directory->currentData().toString();
    m_directory->clear();
    m_directory->addItem(tr("the playground root"), m_session->root());
    for (int row = 0; row < m_session->count(); ++row) {
        const PlaygroundObject *o = m_session->object(row);
        if (isDirectoryKind(o->kind()) && o->exists())
            m_directory->addItem(
                tr("inside %1 (%2)").arg(o->variable(), QFileInfo(o->path()).fileName()),
                o->path());
    }
    const int keep = m_directory->findData(current);
    m_directory->setCurrentIndex(std::max(0, keep));
}

void CreatePanel::updateDemos()
{
    const bool busy = m_session->childRunning();
    m_pitfalls.value(1)->setEnabled(!busy);
    m_pitfalls.value(3)->setEnabled(!busy);
    for (const int needsChild : {kHandOff, kNamingRace, kGettempdir})
        m_recipes.value(needsChild)->setEnabled(!busy);
}

void CreatePanel::retranslate()
{
    m_createBox->setTitle(tr("Create"));
    m_kind->setAccessibleName(tr("Kind of object"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, kindName(ObjectKind(m_kind->itemData(i).toInt())));
    setFormLabel(m_form, m_kind, tr("&Kind:"));
    m_prefix->setAccessibleName(tr("Prefix"));
    setFormLabel(m_form, m_prefix, tr("&Prefix:"));
    m_suffix->setAccessibleName(tr("Suffix"));
    m_suffix->setPlaceholderText(tr("none, e.g. .csv"));
    setFormLabel(m_form, m_suffix, tr("&Suffix:"));
    m_directory->setAccessibleName(tr("Directory"));
    setFormLabel(m_form, m_directory, tr("&Directory:"));
    updateDirectories();
    m_delete->setText(tr("delete"));
    m_delete->setToolTip(tr("Remove it at the end of the with block (delete=True); "
                            "TemporaryDirectory takes delete from Python 3.12"));
    m_deleteOnClose->setText(tr("delete_on_close"));
    m_deleteOnClose->setToolTip(
        tr("Remove it already at close() (Python 3.12+; ignored when delete=False)"));
    setFormLabel(m_form, m_delete, tr("Removal:"));
    updateVersionMarker();
    m_textMode->setText(tr("text (mode=\"w+\", encoding=\"utf-8\")"));
    m_textMode->setToolTip(tr("Read and write str instead of bytes; newlines are translated. "
                              "Unchecked: Python's default mode \"w+b\" (bytes)."));
    setFormLabel(m_form, m_textMode, tr("M&ode:"));
    m_maxSize->setAccessibleName(tr("max_size"));
    m_maxSize->setSuffix(tr(" bytes"));
    setFormLabel(m_form, m_maxSize, tr("&max_size:"));
    m_create->setText(tr("C&reate"));
    m_create->setToolTip(tr("Make the object (Ctrl+N)"));

    m_pitfallsBox->setTitle(tr("Pitfalls"));
    const QString pitfalls[] = {tr("Forgetting seek(0)"),
                                tr("Forgetting flush() before another process reads"),
                                tr("The Windows reopen rule"), tr("A crash before cleanup")};
    for (int i = 0; i < m_pitfalls.size(); ++i)
        m_pitfalls[i]->setText(pitfalls[i]);

    m_recipesBox->setTitle(tr("Recipes from the tutorials"));
    const QString recipes[] = {tr("Text vs binary mode"),        tr("delete=False hand-off"),
                               tr("Exception inside with"),      tr("mkstemp / mkdtemp + finally"),
                               tr("Guessable names vs mkstemp"), tr("gettempdir() and TMPDIR"),
                               tr("Spool: BytesIO, then a file")};
    const QString tips[] = {
        tr("str vs bytes, newline translation and the TypeError for the wrong type"),
        tr("Write, close, let another program read the path, remove it in finally"),
        tr("An exception ends the block: the directory is still removed"),
        tr("os.fdopen on mkstemp's descriptor and shutil.rmtree on mkdtemp's path, in "
           "try/finally"),
        tr("Another process takes a guessable name first; mkstemp refuses taken names"),
        tr("Another process started with TMPDIR set answers differently; this one keeps its "
           "cached answer"),
        tr("A SpooledTemporaryFile is a BytesIO until it rolls over; then its name is a "
           "descriptor number")};
    for (int i = 0; i < m_recipes.size(); ++i) {
        m_recipes[i]->setText(recipes[i]);
        m_recipes[i]->setToolTip(tips[i]);
    }
}

void CreatePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace tempscope::gui::playground
