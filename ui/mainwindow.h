#pragma once

#include <QMainWindow>

class NameIndex;
class PokeApiClient;
class SearchController;

// Wires the search bar, the card view and the status bar to a SearchController.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(SearchController *controller, PokeApiClient *client, QWidget *parent = nullptr);
};
