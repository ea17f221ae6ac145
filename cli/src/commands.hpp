// Every command of the program, one factory each, grouped by entity. registry.cpp lists them.
#pragma once

#include "cli/command.hpp"

#include <memory>

namespace innotrack::cli::commands {

using Made = std::unique_ptr<Command>;

// admin.cpp: the whole portfolio
Made init();
Made demo();
Made stageBoard();
Made check();
Made backup();
// history.cpp
Made history();
Made auditVerify();
// people.cpp
Made personAdd();
Made personList();
Made personShow();
Made personUpdate();
// ambitions.cpp
Made ambitionAdd();
Made ambitionList();
Made ambitionShow();
Made ambitionUpdate();
// innovations.cpp
Made innovationAdd();
Made innovationList();
Made innovationShow();
Made innovationUpdate();
Made innovationStage();
// milestones.cpp
Made milestoneAdd();
Made milestoneList();
Made milestoneShow();
Made milestoneUpdate();
Made milestoneDone();
Made milestoneMove();
// risks.cpp
Made riskAdd();
Made riskList();
Made riskShow();
Made riskUpdate();
Made riskClose();
Made riskOccurred();
// setbacks.cpp
Made setbackLog();
Made setbackList();
Made setbackShow();
Made setbackUpdate();
// lessons.cpp
Made lessonAdd();
Made lessonList();
Made lessonShow();
Made lessonUpdate();
// benefits.cpp
Made benefitAdd();
Made benefitList();
Made benefitShow();
Made benefitUpdate();
Made benefitRealise();
// engagements.cpp
Made engagementAdd();
Made engagementList();
Made engagementShow();
Made engagementUpdate();
// reviews.cpp
Made reviewStart();
Made reviewRecord();
Made reviewClose();
Made reviewAbandon();
Made reviewList();
Made reviewShow();

}  // namespace innotrack::cli::commands
