#pragma once

#include <QAbstractTableModel>
#include <memory>

class Article;

// The mentions of one actor in text order: paragraph number and the sentence around the
// mention (rich text with the mention in bold under ModelRoles::RichText).
class MentionsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Paragraph, Context, ColumnCount };

    explicit MentionsModel(QObject* parent = nullptr);
    ~MentionsModel() override;

    // Lists the mentions of entity (-1 empties the list).
    void setEntity(std::shared_ptr<const Article> article, int entity);
    int entity() const { return entity_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    // Emits headerDataChanged and dataChanged so that views show the current language.
    void retranslate();
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const Article> article_;
    int entity_ = -1;
};
