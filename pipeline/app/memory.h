// The project's translation memory (tm/memory.h) as the commands use it:
// filled by folio import, read by folio extract and analyze, and moved in
// and out as TMX by folio tm import / tm export.
#ifndef FOLIO_APP_MEMORY_H_
#define FOLIO_APP_MEMORY_H_

#include <memory>
#include <string>
#include <vector>

#include "app/commands.h"
#include "app/config.h"
#include "base/status.h"
#include "tm/memory.h"

namespace folio::app {

// Opens project.memory_path for writing, creating its folder and the file
// if needed. Entries added without dates get SOURCE_DATE_EPOCH when it is
// set, else the current time (a memory records when a translation arrived;
// it is not one of the reproducible outputs).
Status OpenProjectMemory(const Project& project, std::unique_ptr<tm::Memory>* out);

// Adds `entries` to the project's memory in one transaction (all or none)
// and reports "<memory>: N new, M updated (...), K unchanged; T entries in
// all". An updated entry keeps its previous target as history.
Status AddToProjectMemory(const Project& project, const std::vector<tm::Entry>& entries, Report* report);

// folio tm import FILE...: TMX 1.4b (from folio, OmegaT, Trados, memoQ...)
// or a bilingual XLIFF (its translated segments). Language tags that differ
// from the project's only in region or case ("EN-US" for "en", "fr-FR" for a
// project that has fr but not fr-FR) are mapped onto the project's. Every
// file is read and checked before anything is stored; all entries go in
// one transaction.
Status TmImport(const Project& project, const std::vector<std::string>& files, Report* report);

// folio tm export --locale TAG -o FILE: every entry of the pair
// source-locale -> TAG as TMX 1.4b, in the order they were added, written
// atomically. A tag the project does not have is refused. With
// `with_history`, each entry's earlier versions come first (oldest first),
// each a <tu> of its own, so importing the file rebuilds the history.
Status TmExport(const Project& project, const std::string& tag, const std::string& output, Report* report,
                bool with_history = false);

// folio tm history KEY [--locale TAG]: for each entry whose segment id or
// source sentence is KEY, its versions oldest first with date, origin and
// target, one line each.
Status TmHistory(const Project& project, const std::string& tag, const std::string& key, Report* report);

}  // namespace folio::app

#endif  // FOLIO_APP_MEMORY_H_
