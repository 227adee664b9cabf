-- gibbon.sql: a twenty-fourth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind24). The database of a Gibbon
-- school platform (v24-v26, PHP; MySQL in the product, written here for
-- PostgreSQL with quoted camelCase names): school years and terms, roles
-- and people, houses, year groups and form groups, student enrolments,
-- staff, families, departments, courses and classes with their
-- participants, the timetable (columns, rows, days, dates and the classes
-- placed in them), attendance, scales, outcomes and rubrics, units and
-- lesson plans, the markbook, behaviour, modules, actions and permissions,
-- logs and notifications, messenger, library, finance (fees, billing
-- schedules, invoicees, invoices, payments), activities, medical records
-- and the application form.
-- Written for this bench by an author who had read neither the inference
-- code nor its unit tests, from memory of Gibbon's gibbon.sql, trimmed.
-- Conventions: every table named gibbon<Class> in camelCase and keyed by a
-- zero-filled integer gibbon<Class>ID (gibboni18n by gibboni18nID, with a
-- lower-case i); a link is named after the key it holds, gibbon<Class>ID,
-- and a role is glued AFTER the key: gibbonPersonIDTutor /
-- gibbonPersonIDTutor2 / gibbonPersonIDEA, gibbonPersonIDCreator,
-- gibbonPersonIDLastEdit, gibbonPersonIDUpdate, gibbonPersonIDTaker,
-- gibbonPersonIDStudent, gibbonPersonIDHOY, gibbonPersonIDOut /
-- gibbonPersonIDIn, gibbonPersonID1 / gibbonPersonID2,
-- gibbonRoleIDPrimary, gibbonSchoolYearIDClassOf / gibbonSchoolYearIDEntry,
-- gibbonYearGroupIDEntry, gibbonScaleIDAttainment / gibbonScaleIDEffort,
-- gibbonRubricIDAttainment, gibbonFormGroupIDNext, gibbonActivityIDBackup,
-- gibbonThemeIDPersonal; once with a role before it
-- (gibbonApplicationForm.parent1gibbonPersonID). Two keys break the rule:
-- gibbonPermission is keyed by permissionID and gibbonRubricEntry by a
-- column named gibbonRubricEntry. Countries are keyed by their text
-- printable_name and referred to as countryOfBirth, citizenship1,
-- address1Country, homeAddressCountry, countryOfOrigin.
-- Gibbon declares no FKs: the REFERENCES are the links its code follows.
-- Left without REFERENCES: comma-separated lists of ids
-- (gibbonRoleIDAll, gibbonYearGroupIDList, gibbonSchoolYearTermIDList,
-- gibbonFinanceFeeCategoryIDList), the polymorphic pairs
-- gibbonTTSpaceBooking.foreignKey / foreignKeyID (a space or a library
-- item), gibbonRubricEntry.contextDBTable / contextDBTableID,
-- gibbonPayment.foreignTable / foreignTableID,
-- gibbonMessengerTarget.type / id and gibbonMessengerReceipt.targetType /
-- targetID, the text codes gibbonLibraryItem.id and gibbonPerson.studentID,
-- language names (languageFirst, languageHomePrimary; gibbonLanguage is
-- not in this trim).

CREATE TABLE "gibbonSchoolYear" (
    "gibbonSchoolYearID" serial PRIMARY KEY,
    "name" varchar(9) NOT NULL,
    "status" varchar(8) NOT NULL,
    "sequenceNumber" integer NOT NULL,
    "firstDay" date,
    "lastDay" date
);

CREATE TABLE "gibbonSchoolYearTerm" (
    "gibbonSchoolYearTermID" serial PRIMARY KEY,
    "gibbonSchoolYearID" integer NOT NULL REFERENCES "gibbonSchoolYear" ("gibbonSchoolYearID"),
    "sequenceNumber" integer NOT NULL,
    "name" varchar(20) NOT NULL,
    "nameShort" varchar(4) NOT NULL,
    "firstDay" date,
    "lastDay" date
);

CREATE TABLE "gibbonSchoolYearSpecialDay" (
    "gibbonSchoolYearSpecialDayID" serial PRIMARY KEY,
    "gibbonSchoolYearTermID" integer NOT NULL REFERENCES "gibbonSchoolYearTerm" ("gibbonSchoolYearTermID"),
    "type" varchar(20) NOT NULL,
    "name" varchar(20) NOT NULL,
    "description" varchar(255),
    "date" date NOT NULL,
    "schoolOpen" time,
    "schoolStart" time,
    "schoolEnd" time,
    "schoolClose" time
);

CREATE TABLE "gibbonDaysOfWeek" (
    "gibbonDaysOfWeekID" serial PRIMARY KEY,
    "name" varchar(10) NOT NULL,
    "nameShort" varchar(4) NOT NULL,
    "sequenceNumber" integer NOT NULL,
    "schoolDay" varchar(1) NOT NULL,
    "schoolOpen" time,
    "schoolStart" time,
    "schoolEnd" time,
    "schoolClose" time
);

CREATE TABLE "gibbonRole" (
    "gibbonRoleID" serial PRIMARY KEY,
    "category" varchar(8) NOT NULL,
    "name" varchar(20) NOT NULL,
    "nameShort" varchar(4) NOT NULL,
    "description" varchar(60) NOT NULL,
    "type" varchar(12) NOT NULL,
    "canLoginRole" varchar(1) NOT NULL,
    "futureYearsLogin" varchar(1) NOT NULL,
    "pastYearsLogin" varchar(1) NOT NULL
);

CREATE TABLE "gibbonTheme" (
    "gibbonThemeID" serial PRIMARY KEY,
    "name" varchar(30) NOT NULL,
    "description" text,
    "active" varchar(1) NOT NULL,
    "version" varchar(6),
    "author" varchar(40),
    "url" varchar(255)
);

CREATE TABLE "gibboni18n" (
    "gibboni18nID" serial PRIMARY KEY,
    "code" varchar(5) NOT NULL,
    "name" varchar(100) NOT NULL,
    "version" varchar(10),
    "active" varchar(1) NOT NULL,
    "installed" varchar(1) NOT NULL,
    "systemDefault" varchar(1) NOT NULL,
    "dateFormat" varchar(20),
    "rtl" varchar(1) NOT NULL
);

CREATE TABLE "gibbonCountry" (
    "printable_name" varchar(80) PRIMARY KEY,
    "iddCountryCode" varchar(7)
);

CREATE TABLE "gibbonHouse" (
    "gibbonHouseID" serial PRIMARY KEY,
    "name" varchar(30) NOT NULL,
    "nameShort" varchar(10) NOT NULL,
    "logo" varchar(255)
);

CREATE TABLE "gibbonPerson" (
    "gibbonPersonID" serial PRIMARY KEY,
    "title" varchar(5),
    "surname" varchar(60) NOT NULL,
    "firstName" varchar(60) NOT NULL,
    "preferredName" varchar(60) NOT NULL,
    "officialName" varchar(150) NOT NULL,
    "gender" varchar(12) NOT NULL,
    "username" varchar(20) NOT NULL UNIQUE,
    "passwordStrong" varchar(255) NOT NULL,
    "passwordStrongSalt" varchar(255),
    "status" varchar(5) NOT NULL,
    "canLogin" varchar(1) NOT NULL,
    "gibbonRoleIDPrimary" integer NOT NULL REFERENCES "gibbonRole" ("gibbonRoleID"),
    "gibbonRoleIDAll" varchar(255) NOT NULL,
    "dob" date,
    "email" varchar(75),
    "emailAlternate" varchar(75),
    "image_240" varchar(255),
    "lastIPAddress" varchar(15),
    "lastTimestamp" timestamp,
    "lastFailIPAddress" varchar(15),
    "failCount" integer,
    "address1" text,
    "address1District" varchar(255),
    "address1Country" varchar(80) REFERENCES "gibbonCountry" ("printable_name"),
    "phone1Type" varchar(6),
    "phone1CountryCode" varchar(7),
    "phone1" varchar(20),
    "website" varchar(255),
    "languageFirst" varchar(30),
    "countryOfBirth" varchar(30) REFERENCES "gibbonCountry" ("printable_name"),
    "citizenship1" varchar(255) REFERENCES "gibbonCountry" ("printable_name"),
    "citizenship1Passport" varchar(30),
    "nationalIDCardNumber" varchar(30),
    "gibbonHouseID" integer REFERENCES "gibbonHouse" ("gibbonHouseID"),
    "studentID" varchar(15),
    "dateStart" date,
    "dateEnd" date,
    "gibbonSchoolYearIDClassOf" integer REFERENCES "gibbonSchoolYear" ("gibbonSchoolYearID"),
    "lastSchool" varchar(100),
    "nextSchool" varchar(100),
    "departureReason" varchar(50),
    "transport" varchar(255),
    "lockerNumber" varchar(20),
    "vehicleRegistration" varchar(20),
    "gibbonThemeIDPersonal" integer REFERENCES "gibbonTheme" ("gibbonThemeID"),
    "gibboni18nIDPersonal" integer REFERENCES "gibboni18n" ("gibboni18nID"),
    "receiveNotificationEmails" varchar(1) NOT NULL,
    "fields" text
);

CREATE TABLE "gibbonSpace" (
    "gibbonSpaceID" serial PRIMARY KEY,
    "name" varchar(30) NOT NULL,
    "type" varchar(20) NOT NULL,
    "capacity" integer,
    "computer" varchar(1) NOT NULL,
    "computerStudent" integer,
    "projector" varchar(1) NOT NULL,
    "tv" varchar(1) NOT NULL,
    "phoneInternal" varchar(5)
);

CREATE TABLE "gibbonYearGroup" (
    "gibbonYearGroupID" serial PRIMARY KEY,
    "name" varchar(15) NOT NULL,
    "nameShort" varchar(4) NOT NULL,
    "sequenceNumber" integer NOT NULL,
    "gibbonPersonIDHOY" integer REFERENCES "gibbonPerson" ("gibbonPersonID")
);

CREATE TABLE "gibbonFormGroup" (
    "gibbonFormGroupID" serial PRIMARY KEY,
    "gibbonSchoolYearID" integer NOT NULL REFERENCES "gibbonSchoolYear" ("gibbonSchoolYearID"),
    "name" varchar(20) NOT NULL,
    "nameShort" varchar(8) NOT NULL,
    "gibbonPersonIDTutor" integer REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "gibbonPersonIDTutor2" integer REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "gibbonPersonIDTutor3" integer REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "gibbonPersonIDEA" integer REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "gibbonPersonIDEA2" integer REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "gibbonPersonIDEA3" integer REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "gibbonSpaceID" integer REFERENCES "gibbonSpace" ("gibbonSpaceID"),
    "gibbonFormGroupIDNext" integer REFERENCES "gibbonFormGroup" ("gibbonFormGroupID"),
    "attendance" varchar(1),
    "website" varchar(255)
);

CREATE TABLE "gibbonStudentEnrolment" (
    "gibbonStudentEnrolmentID" serial PRIMARY KEY,
    "gibbonPersonID" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "gibbonSchoolYearID" integer NOT NULL REFERENCES "gibbonSchoolYear" ("gibbonSchoolYearID"),
    "gibbonYearGroupID" integer NOT NULL REFERENCES "gibbonYearGroup" ("gibbonYearGroupID"),
    "gibbonFormGroupID" integer NOT NULL REFERENCES "gibbonFormGroup" ("gibbonFormGroupID"),
    "rollOrder" integer
);

CREATE TABLE "gibbonStaff" (
    "gibbonStaffID" serial PRIMARY KEY,
    "gibbonPersonID" integer NOT NULL UNIQUE REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "type" varchar(20) NOT NULL,
    "initials" varchar(4),
    "jobTitle" varchar(100) NOT NULL,
    "smartWorkflowHelp" varchar(1) NOT NULL,
    "firstAidQualified" varchar(1),
    "firstAidExpiry" date,
    "countryOfOrigin" varchar(80) REFERENCES "gibbonCountry" ("printable_name"),
    "qualifications" varchar(255),
    "biography" text
);

CREATE TABLE "gibbonFamily" (
    "gibbonFamilyID" serial PRIMARY KEY,
    "name" varchar(100) NOT NULL,
    "nameAddress" varchar(100) NOT NULL,
    "homeAddress" text NOT NULL,
    "homeAddressDistrict" varchar(255) NOT NULL,
    "homeAddressCountry" varchar(80) NOT NULL REFERENCES "gibbonCountry" ("printable_name"),
    "status" varchar(12) NOT NULL,
    "languageHomePrimary" varchar(30) NOT NULL,
    "languageHomeSecondary" varchar(30),
    "familySync" varchar(50)
);

CREATE TABLE "gibbonFamilyAdult" (
    "gibbonFamilyAdultID" serial PRIMARY KEY,
    "gibbonFamilyID" integer NOT NULL REFERENCES "gibbonFamily" ("gibbonFamilyID"),
    "gibbonPersonID" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "comment" text,
    "childDataAccess" varchar(1) NOT NULL,
    "contactPriority" integer,
    "contactCall" varchar(1) NOT NULL,
    "contactSMS" varchar(1) NOT NULL,
    "contactEmail" varchar(1) NOT NULL,
    "contactMail" varchar(1) NOT NULL
);

CREATE TABLE "gibbonFamilyChild" (
    "gibbonFamilyChildID" serial PRIMARY KEY,
    "gibbonFamilyID" integer NOT NULL REFERENCES "gibbonFamily" ("gibbonFamilyID"),
    "gibbonPersonID" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "comment" text
);

CREATE TABLE "gibbonFamilyRelationship" (
    "gibbonFamilyRelationshipID" serial PRIMARY KEY,
    "gibbonFamilyID" integer NOT NULL REFERENCES "gibbonFamily" ("gibbonFamilyID"),
    "gibbonPersonID1" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "gibbonPersonID2" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "relationship" varchar(50) NOT NULL
);

CREATE TABLE "gibbonDepartment" (
    "gibbonDepartmentID" serial PRIMARY KEY,
    "type" varchar(20) NOT NULL,
    "name" varchar(40) NOT NULL,
    "nameShort" varchar(4) NOT NULL,
    "subjectListing" varchar(255) NOT NULL,
    "blurb" text,
    "logo" varchar(255)
);

CREATE TABLE "gibbonDepartmentStaff" (
    "gibbonDepartmentStaffID" serial PRIMARY KEY,
    "gibbonDepartmentID" integer NOT NULL REFERENCES "gibbonDepartment" ("gibbonDepartmentID"),
    "gibbonPersonID" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "role" varchar(24) NOT NULL
);

CREATE TABLE "gibbonScale" (
    "gibbonScaleID" serial PRIMARY KEY,
    "name" varchar(40) NOT NULL,
    "nameShort" varchar(5) NOT NULL,
    "usage" varchar(50) NOT NULL,
    "lowestAcceptable" varchar(5),
    "active" varchar(1) NOT NULL,
    "numeric" varchar(1) NOT NULL
);

CREATE TABLE "gibbonScaleGrade" (
    "gibbonScaleGradeID" serial PRIMARY KEY,
    "gibbonScaleID" integer NOT NULL REFERENCES "gibbonScale" ("gibbonScaleID"),
    "value" varchar(10) NOT NULL,
    "descriptor" varchar(50) NOT NULL,
    "sequenceNumber" integer NOT NULL,
    "isDefault" varchar(1) NOT NULL
);

CREATE TABLE "gibbonCourse" (
    "gibbonCourseID" serial PRIMARY KEY,
    "gibbonSchoolYearID" integer NOT NULL REFERENCES "gibbonSchoolYear" ("gibbonSchoolYearID"),
    "gibbonDepartmentID" integer REFERENCES "gibbonDepartment" ("gibbonDepartmentID"),
    "name" varchar(60) NOT NULL,
    "nameShort" varchar(12) NOT NULL,
    "orderBy" integer,
    "description" text,
    "map" varchar(1) NOT NULL,
    "gibbonYearGroupIDList" varchar(255) NOT NULL,
    "fields" text
);

CREATE TABLE "gibbonCourseClass" (
    "gibbonCourseClassID" serial PRIMARY KEY,
    "gibbonCourseID" integer NOT NULL REFERENCES "gibbonCourse" ("gibbonCourseID"),
    "name" varchar(30) NOT NULL,
    "nameShort" varchar(8) NOT NULL,
    "reportable" varchar(1) NOT NULL,
    "attendance" varchar(1) NOT NULL,
    "gibbonScaleIDTarget" integer REFERENCES "gibbonScale" ("gibbonScaleID"),
    "enrolmentMin" integer,
    "enrolmentMax" integer,
    "fields" text
);

CREATE TABLE "gibbonCourseClassPerson" (
    "gibbonCourseClassPersonID" serial PRIMARY KEY,
    "gibbonCourseClassID" integer NOT NULL REFERENCES "gibbonCourseClass" ("gibbonCourseClassID"),
    "gibbonPersonID" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "role" varchar(16) NOT NULL,
    "reportable" varchar(1) NOT NULL,
    "dateEnrolled" date,
    "dateUnenrolled" date
);

CREATE TABLE "gibbonTT" (
    "gibbonTTID" serial PRIMARY KEY,
    "gibbonSchoolYearID" integer NOT NULL REFERENCES "gibbonSchoolYear" ("gibbonSchoolYearID"),
    "name" varchar(30) NOT NULL,
    "nameShort" varchar(12) NOT NULL,
    "nameShortDisplay" varchar(24) NOT NULL,
    "gibbonYearGroupIDList" varchar(255) NOT NULL,
    "active" varchar(1) NOT NULL
);

CREATE TABLE "gibbonTTColumn" (
    "gibbonTTColumnID" serial PRIMARY KEY,
    "name" varchar(30) NOT NULL,
    "nameShort" varchar(12) NOT NULL
);

CREATE TABLE "gibbonTTColumnRow" (
    "gibbonTTColumnRowID" serial PRIMARY KEY,
    "gibbonTTColumnID" integer NOT NULL REFERENCES "gibbonTTColumn" ("gibbonTTColumnID"),
    "name" varchar(12) NOT NULL,
    "nameShort" varchar(4) NOT NULL,
    "timeStart" time NOT NULL,
    "timeEnd" time NOT NULL,
    "type" varchar(8) NOT NULL
);

CREATE TABLE "gibbonTTDay" (
    "gibbonTTDayID" serial PRIMARY KEY,
    "gibbonTTID" integer NOT NULL REFERENCES "gibbonTT" ("gibbonTTID"),
    "gibbonTTColumnID" integer NOT NULL REFERENCES "gibbonTTColumn" ("gibbonTTColumnID"),
    "name" varchar(12) NOT NULL,
    "nameShort" varchar(4) NOT NULL,
    "color" varchar(6) NOT NULL,
    "fontColor" varchar(6) NOT NULL
);

CREATE TABLE "gibbonTTDayDate" (
    "gibbonTTDayDateID" serial PRIMARY KEY,
    "gibbonTTDayID" integer NOT NULL REFERENCES "gibbonTTDay" ("gibbonTTDayID"),
    "date" date NOT NULL
);

CREATE TABLE "gibbonTTDayRowClass" (
    "gibbonTTDayRowClassID" serial PRIMARY KEY,
    "gibbonTTColumnRowID" integer NOT NULL REFERENCES "gibbonTTColumnRow" ("gibbonTTColumnRowID"),
    "gibbonTTDayID" integer NOT NULL REFERENCES "gibbonTTDay" ("gibbonTTDayID"),
    "gibbonCourseClassID" integer NOT NULL REFERENCES "gibbonCourseClass" ("gibbonCourseClassID"),
    "gibbonSpaceID" integer REFERENCES "gibbonSpace" ("gibbonSpaceID")
);

CREATE TABLE "gibbonTTDayRowClassException" (
    "gibbonTTDayRowClassExceptionID" serial PRIMARY KEY,
    "gibbonTTDayRowClassID" integer NOT NULL REFERENCES "gibbonTTDayRowClass" ("gibbonTTDayRowClassID"),
    "gibbonPersonID" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID")
);

CREATE TABLE "gibbonTTSpaceBooking" (
    "gibbonTTSpaceBookingID" serial PRIMARY KEY,
    "foreignKey" varchar(30) NOT NULL,
    "foreignKeyID" integer NOT NULL,
    "gibbonPersonID" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "date" date NOT NULL,
    "timeStart" time NOT NULL,
    "timeEnd" time NOT NULL
);

CREATE TABLE "gibbonAttendanceCode" (
    "gibbonAttendanceCodeID" serial PRIMARY KEY,
    "name" varchar(30) NOT NULL,
    "nameShort" varchar(4) NOT NULL,
    "type" varchar(12) NOT NULL,
    "direction" varchar(3) NOT NULL,
    "scope" varchar(12) NOT NULL,
    "active" varchar(1) NOT NULL,
    "reportable" varchar(1) NOT NULL,
    "future" varchar(1) NOT NULL,
    "gibbonRoleIDAll" varchar(90) NOT NULL,
    "sequenceNumber" integer NOT NULL
);

CREATE TABLE "gibbonAttendanceLogPerson" (
    "gibbonAttendanceLogPersonID" serial PRIMARY KEY,
    "gibbonAttendanceCodeID" integer NOT NULL REFERENCES "gibbonAttendanceCode" ("gibbonAttendanceCodeID"),
    "gibbonPersonID" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "direction" varchar(3) NOT NULL,
    "type" varchar(30) NOT NULL,
    "reason" varchar(30) NOT NULL,
    "comment" varchar(255) NOT NULL,
    "date" date,
    "gibbonCourseClassID" integer REFERENCES "gibbonCourseClass" ("gibbonCourseClassID"),
    "gibbonPersonIDTaker" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "context" varchar(30),
    "timestampTaken" timestamp NOT NULL
);

CREATE TABLE "gibbonAttendanceLogFormGroup" (
    "gibbonAttendanceLogFormGroupID" serial PRIMARY KEY,
    "gibbonFormGroupID" integer NOT NULL REFERENCES "gibbonFormGroup" ("gibbonFormGroupID"),
    "gibbonPersonIDTaker" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "date" date,
    "timestampTaken" timestamp NOT NULL
);

CREATE TABLE "gibbonOutcome" (
    "gibbonOutcomeID" serial PRIMARY KEY,
    "name" varchar(100) NOT NULL,
    "nameShort" varchar(14) NOT NULL,
    "category" varchar(100) NOT NULL,
    "description" text NOT NULL,
    "active" varchar(1) NOT NULL,
    "scope" varchar(20) NOT NULL,
    "gibbonDepartmentID" integer REFERENCES "gibbonDepartment" ("gibbonDepartmentID"),
    "gibbonYearGroupIDList" varchar(255) NOT NULL,
    "gibbonPersonIDCreator" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID")
);

CREATE TABLE "gibbonRubric" (
    "gibbonRubricID" serial PRIMARY KEY,
    "name" varchar(50) NOT NULL,
    "category" varchar(100) NOT NULL,
    "description" text NOT NULL,
    "active" varchar(1) NOT NULL,
    "scope" varchar(10) NOT NULL,
    "gibbonDepartmentID" integer REFERENCES "gibbonDepartment" ("gibbonDepartmentID"),
    "gibbonYearGroupIDList" varchar(255) NOT NULL,
    "gibbonScaleID" integer REFERENCES "gibbonScale" ("gibbonScaleID"),
    "gibbonPersonIDCreator" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID")
);

CREATE TABLE "gibbonRubricRow" (
    "gibbonRubricRowID" serial PRIMARY KEY,
    "gibbonRubricID" integer NOT NULL REFERENCES "gibbonRubric" ("gibbonRubricID"),
    "title" varchar(40) NOT NULL,
    "sequenceNumber" integer NOT NULL,
    "gibbonOutcomeID" integer REFERENCES "gibbonOutcome" ("gibbonOutcomeID")
);

CREATE TABLE "gibbonRubricColumn" (
    "gibbonRubricColumnID" serial PRIMARY KEY,
    "gibbonRubricID" integer NOT NULL REFERENCES "gibbonRubric" ("gibbonRubricID"),
    "title" varchar(20) NOT NULL,
    "sequenceNumber" integer NOT NULL,
    "gibbonScaleGradeID" integer REFERENCES "gibbonScaleGrade" ("gibbonScaleGradeID"),
    "visualise" varchar(1) NOT NULL
);

CREATE TABLE "gibbonRubricCell" (
    "gibbonRubricCellID" serial PRIMARY KEY,
    "gibbonRubricID" integer NOT NULL REFERENCES "gibbonRubric" ("gibbonRubricID"),
    "gibbonRubricColumnID" integer NOT NULL REFERENCES "gibbonRubricColumn" ("gibbonRubricColumnID"),
    "gibbonRubricRowID" integer NOT NULL REFERENCES "gibbonRubricRow" ("gibbonRubricRowID"),
    "contents" text NOT NULL
);

CREATE TABLE "gibbonRubricEntry" (
    "gibbonRubricEntry" serial PRIMARY KEY,
    "gibbonRubricID" integer NOT NULL REFERENCES "gibbonRubric" ("gibbonRubricID"),
    "gibbonPersonID" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "gibbonRubricCellID" integer NOT NULL REFERENCES "gibbonRubricCell" ("gibbonRubricCellID"),
    "contextDBTable" varchar(255) NOT NULL,
    "contextDBTableID" integer NOT NULL
);

CREATE TABLE "gibbonUnit" (
    "gibbonUnitID" serial PRIMARY KEY,
    "gibbonCourseID" integer NOT NULL REFERENCES "gibbonCourse" ("gibbonCourseID"),
    "name" varchar(40) NOT NULL,
    "description" text NOT NULL,
    "tags" text NOT NULL,
    "active" varchar(1) NOT NULL,
    "map" varchar(1) NOT NULL,
    "ordering" integer NOT NULL,
    "attachment" varchar(255) NOT NULL,
    "details" text NOT NULL,
    "gibbonPersonIDCreator" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "gibbonPersonIDLastEdit" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID")
);

CREATE TABLE "gibbonUnitClass" (
    "gibbonUnitClassID" serial PRIMARY KEY,
    "gibbonUnitID" integer NOT NULL REFERENCES "gibbonUnit" ("gibbonUnitID"),
    "gibbonCourseClassID" integer NOT NULL REFERENCES "gibbonCourseClass" ("gibbonCourseClassID"),
    "running" varchar(1) NOT NULL
);

CREATE TABLE "gibbonPlannerEntry" (
    "gibbonPlannerEntryID" serial PRIMARY KEY,
    "gibbonCourseClassID" integer NOT NULL REFERENCES "gibbonCourseClass" ("gibbonCourseClassID"),
    "gibbonUnitID" integer REFERENCES "gibbonUnit" ("gibbonUnitID"),
    "date" date,
    "timeStart" time,
    "timeEnd" time,
    "name" varchar(50) NOT NULL,
    "summary" varchar(255) NOT NULL,
    "description" text NOT NULL,
    "teachersNotes" text NOT NULL,
    "homework" varchar(1) NOT NULL,
    "homeworkDueDateTime" timestamp,
    "homeworkDetails" text NOT NULL,
    "homeworkSubmission" varchar(1) NOT NULL,
    "viewableStudents" varchar(1) NOT NULL,
    "viewableParents" varchar(1) NOT NULL,
    "gibbonPersonIDCreator" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "timestampCreator" timestamp,
    "gibbonPersonIDLastEdit" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "timestampLastEdit" timestamp
);

CREATE TABLE "gibbonPlannerEntryHomework" (
    "gibbonPlannerEntryHomeworkID" serial PRIMARY KEY,
    "gibbonPlannerEntryID" integer NOT NULL REFERENCES "gibbonPlannerEntry" ("gibbonPlannerEntryID"),
    "gibbonPersonID" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "type" varchar(4) NOT NULL,
    "version" varchar(5) NOT NULL,
    "status" varchar(10) NOT NULL,
    "location" text NOT NULL,
    "count" integer NOT NULL,
    "timestamp" timestamp
);

CREATE TABLE "gibbonMarkbookColumn" (
    "gibbonMarkbookColumnID" serial PRIMARY KEY,
    "gibbonCourseClassID" integer NOT NULL REFERENCES "gibbonCourseClass" ("gibbonCourseClassID"),
    "gibbonUnitID" integer REFERENCES "gibbonUnit" ("gibbonUnitID"),
    "gibbonPlannerEntryID" integer REFERENCES "gibbonPlannerEntry" ("gibbonPlannerEntryID"),
    "gibbonSchoolYearTermID" integer REFERENCES "gibbonSchoolYearTerm" ("gibbonSchoolYearTermID"),
    "name" varchar(20) NOT NULL,
    "description" text NOT NULL,
    "type" varchar(50) NOT NULL,
    "date" date,
    "sequenceNumber" integer,
    "attachment" varchar(255) NOT NULL,
    "attainment" varchar(1) NOT NULL,
    "gibbonScaleIDAttainment" integer REFERENCES "gibbonScale" ("gibbonScaleID"),
    "attainmentWeighting" numeric(5,2),
    "attainmentRaw" varchar(1) NOT NULL,
    "attainmentRawMax" numeric(8,2),
    "gibbonRubricIDAttainment" integer REFERENCES "gibbonRubric" ("gibbonRubricID"),
    "effort" varchar(1) NOT NULL,
    "gibbonScaleIDEffort" integer REFERENCES "gibbonScale" ("gibbonScaleID"),
    "gibbonRubricIDEffort" integer REFERENCES "gibbonRubric" ("gibbonRubricID"),
    "comment" varchar(1) NOT NULL,
    "uploadedResponse" varchar(1) NOT NULL,
    "complete" varchar(1) NOT NULL,
    "completeDate" date,
    "viewableStudents" varchar(1) NOT NULL,
    "viewableParents" varchar(1) NOT NULL,
    "gibbonPersonIDCreator" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "gibbonPersonIDLastEdit" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID")
);

CREATE TABLE "gibbonMarkbookEntry" (
    "gibbonMarkbookEntryID" serial PRIMARY KEY,
    "gibbonMarkbookColumnID" integer NOT NULL REFERENCES "gibbonMarkbookColumn" ("gibbonMarkbookColumnID"),
    "gibbonPersonIDStudent" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "modifiedAssessment" varchar(1),
    "attainmentValue" varchar(10),
    "attainmentValueRaw" varchar(10),
    "attainmentDescriptor" varchar(100),
    "attainmentConcern" varchar(1),
    "effortValue" varchar(10),
    "effortDescriptor" varchar(100),
    "effortConcern" varchar(1),
    "comment" text,
    "response" varchar(255),
    "gibbonPersonIDLastEdit" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID")
);

CREATE TABLE "gibbonMarkbookTarget" (
    "gibbonMarkbookTargetID" serial PRIMARY KEY,
    "gibbonCourseClassID" integer NOT NULL REFERENCES "gibbonCourseClass" ("gibbonCourseClassID"),
    "gibbonPersonIDStudent" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "gibbonScaleGradeID" integer REFERENCES "gibbonScaleGrade" ("gibbonScaleGradeID")
);

CREATE TABLE "gibbonBehaviour" (
    "gibbonBehaviourID" serial PRIMARY KEY,
    "gibbonSchoolYearID" integer NOT NULL REFERENCES "gibbonSchoolYear" ("gibbonSchoolYearID"),
    "gibbonPersonID" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "date" date NOT NULL,
    "type" varchar(8) NOT NULL,
    "descriptor" varchar(100),
    "level" varchar(100),
    "comment" text NOT NULL,
    "followup" text NOT NULL,
    "gibbonPlannerEntryID" integer REFERENCES "gibbonPlannerEntry" ("gibbonPlannerEntryID"),
    "gibbonPersonIDCreator" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "timestamp" timestamp
);

CREATE TABLE "gibbonModule" (
    "gibbonModuleID" serial PRIMARY KEY,
    "name" varchar(30) NOT NULL UNIQUE,
    "description" text NOT NULL,
    "entryURL" varchar(255) NOT NULL,
    "type" varchar(12) NOT NULL,
    "active" varchar(1) NOT NULL,
    "category" varchar(12) NOT NULL,
    "version" varchar(6) NOT NULL,
    "author" varchar(40) NOT NULL,
    "url" varchar(255) NOT NULL
);

CREATE TABLE "gibbonAction" (
    "gibbonActionID" serial PRIMARY KEY,
    "gibbonModuleID" integer NOT NULL REFERENCES "gibbonModule" ("gibbonModuleID"),
    "name" varchar(50) NOT NULL,
    "precedence" integer NOT NULL,
    "category" varchar(20) NOT NULL,
    "description" varchar(255) NOT NULL,
    "URLList" text NOT NULL,
    "entryURL" varchar(255) NOT NULL,
    "entrySidebar" varchar(1) NOT NULL,
    "menuShow" varchar(1) NOT NULL,
    "defaultPermissionAdmin" varchar(1) NOT NULL,
    "defaultPermissionTeacher" varchar(1) NOT NULL,
    "defaultPermissionStudent" varchar(1) NOT NULL,
    "defaultPermissionParent" varchar(1) NOT NULL,
    "defaultPermissionSupport" varchar(1) NOT NULL
);

CREATE TABLE "gibbonPermission" (
    "permissionID" serial PRIMARY KEY,
    "gibbonRoleID" integer NOT NULL REFERENCES "gibbonRole" ("gibbonRoleID"),
    "gibbonActionID" integer NOT NULL REFERENCES "gibbonAction" ("gibbonActionID")
);

CREATE TABLE "gibbonSetting" (
    "gibbonSettingID" serial PRIMARY KEY,
    "scope" varchar(50) NOT NULL,
    "name" varchar(50) NOT NULL,
    "nameDisplay" varchar(60) NOT NULL,
    "description" varchar(255) NOT NULL,
    "value" text NOT NULL
);

CREATE TABLE "gibbonLog" (
    "gibbonLogID" serial PRIMARY KEY,
    "gibbonModuleID" integer REFERENCES "gibbonModule" ("gibbonModuleID"),
    "gibbonPersonID" integer REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "gibbonSchoolYearID" integer REFERENCES "gibbonSchoolYear" ("gibbonSchoolYearID"),
    "timestamp" timestamp NOT NULL,
    "title" varchar(50) NOT NULL,
    "serialisedArray" text,
    "ip" varchar(15)
);

CREATE TABLE "gibbonNotification" (
    "gibbonNotificationID" serial PRIMARY KEY,
    "gibbonPersonID" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "status" varchar(8) NOT NULL,
    "gibbonModuleID" integer REFERENCES "gibbonModule" ("gibbonModuleID"),
    "count" integer NOT NULL,
    "text" text NOT NULL,
    "actionLink" varchar(255) NOT NULL,
    "timestamp" timestamp NOT NULL
);

CREATE TABLE "gibbonMessenger" (
    "gibbonMessengerID" serial PRIMARY KEY,
    "email" varchar(1) NOT NULL,
    "messageWall" varchar(1) NOT NULL,
    "messageWallPin" varchar(1) NOT NULL,
    "messageWall_date1" date,
    "messageWall_date2" date,
    "messageWall_date3" date,
    "sms" varchar(1) NOT NULL,
    "subject" varchar(60) NOT NULL,
    "body" text NOT NULL,
    "gibbonPersonID" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "timestamp" timestamp,
    "emailReport" text NOT NULL,
    "emailReceipt" varchar(1),
    "emailReceiptText" text,
    "smsReport" text NOT NULL
);

CREATE TABLE "gibbonMessengerTarget" (
    "gibbonMessengerTargetID" serial PRIMARY KEY,
    "gibbonMessengerID" integer NOT NULL REFERENCES "gibbonMessenger" ("gibbonMessengerID"),
    "type" varchar(20),
    "id" varchar(30) NOT NULL,
    "parents" varchar(1) NOT NULL,
    "students" varchar(1) NOT NULL,
    "staff" varchar(1) NOT NULL
);

CREATE TABLE "gibbonMessengerReceipt" (
    "gibbonMessengerReceiptID" serial PRIMARY KEY,
    "gibbonMessengerID" integer NOT NULL REFERENCES "gibbonMessenger" ("gibbonMessengerID"),
    "gibbonPersonID" integer REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "targetType" varchar(16) NOT NULL,
    "targetID" varchar(30) NOT NULL,
    "contactType" varchar(5),
    "contactDetail" text NOT NULL,
    "key" varchar(40) NOT NULL,
    "confirmed" varchar(1),
    "confirmedTimestamp" timestamp
);

CREATE TABLE "gibbonLibraryType" (
    "gibbonLibraryTypeID" serial PRIMARY KEY,
    "name" varchar(255) NOT NULL,
    "active" varchar(1) NOT NULL,
    "fields" text NOT NULL
);

CREATE TABLE "gibbonLibraryItem" (
    "gibbonLibraryItemID" serial PRIMARY KEY,
    "gibbonLibraryTypeID" integer NOT NULL REFERENCES "gibbonLibraryType" ("gibbonLibraryTypeID"),
    "id" varchar(255) NOT NULL,
    "name" varchar(255) NOT NULL,
    "producer" varchar(255) NOT NULL,
    "fields" text NOT NULL,
    "vendor" varchar(100) NOT NULL,
    "purchaseDate" date,
    "invoiceNumber" varchar(50) NOT NULL,
    "imageType" varchar(4) NOT NULL,
    "imageLocation" varchar(255) NOT NULL,
    "comment" text NOT NULL,
    "gibbonSpaceID" integer REFERENCES "gibbonSpace" ("gibbonSpaceID"),
    "locationDetail" varchar(255) NOT NULL,
    "ownershipType" varchar(12) NOT NULL,
    "gibbonPersonIDOwnership" integer REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "gibbonDepartmentID" integer REFERENCES "gibbonDepartment" ("gibbonDepartmentID"),
    "borrowable" varchar(1) NOT NULL,
    "status" varchar(16) NOT NULL,
    "gibbonPersonIDStatusResponsible" integer REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "gibbonPersonIDCreator" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "timestampCreator" timestamp,
    "gibbonPersonIDUpdate" integer REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "timestampUpdate" timestamp
);

CREATE TABLE "gibbonLibraryItemEvent" (
    "gibbonLibraryItemEventID" serial PRIMARY KEY,
    "gibbonLibraryItemID" integer NOT NULL REFERENCES "gibbonLibraryItem" ("gibbonLibraryItemID"),
    "type" varchar(12) NOT NULL,
    "status" varchar(16) NOT NULL,
    "gibbonPersonIDStatusResponsible" integer REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "gibbonPersonIDOut" integer REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "timestampOut" timestamp,
    "returnExpected" date,
    "returnAction" varchar(16),
    "gibbonPersonIDReturnAction" integer REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "gibbonPersonIDIn" integer REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "timestampReturn" timestamp
);

CREATE TABLE "gibbonFinanceInvoicee" (
    "gibbonFinanceInvoiceeID" serial PRIMARY KEY,
    "gibbonPersonID" integer NOT NULL UNIQUE REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "invoiceTo" varchar(8) NOT NULL,
    "companyName" varchar(100),
    "companyContact" varchar(100),
    "companyAddress" varchar(255),
    "companyEmail" text,
    "companyCCFamily" varchar(1),
    "companyPhone" varchar(20),
    "companyAll" varchar(1),
    "gibbonFinanceFeeCategoryIDList" text
);

CREATE TABLE "gibbonFinanceFeeCategory" (
    "gibbonFinanceFeeCategoryID" serial PRIMARY KEY,
    "name" varchar(100) NOT NULL,
    "nameShort" varchar(14) NOT NULL,
    "active" varchar(1) NOT NULL,
    "description" text NOT NULL,
    "gibbonPersonIDCreator" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "timestampCreator" timestamp,
    "gibbonPersonIDUpdate" integer REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "timestampUpdate" timestamp
);

CREATE TABLE "gibbonFinanceFee" (
    "gibbonFinanceFeeID" serial PRIMARY KEY,
    "gibbonSchoolYearID" integer NOT NULL REFERENCES "gibbonSchoolYear" ("gibbonSchoolYearID"),
    "name" varchar(100) NOT NULL,
    "nameShort" varchar(6) NOT NULL,
    "description" text NOT NULL,
    "active" varchar(1) NOT NULL,
    "gibbonFinanceFeeCategoryID" integer NOT NULL REFERENCES "gibbonFinanceFeeCategory" ("gibbonFinanceFeeCategoryID"),
    "fee" numeric(12,2) NOT NULL,
    "gibbonPersonIDCreator" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "timestampCreator" timestamp,
    "gibbonPersonIDUpdate" integer REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "timestampUpdate" timestamp
);

CREATE TABLE "gibbonFinanceBillingSchedule" (
    "gibbonFinanceBillingScheduleID" serial PRIMARY KEY,
    "gibbonSchoolYearID" integer NOT NULL REFERENCES "gibbonSchoolYear" ("gibbonSchoolYearID"),
    "name" varchar(100) NOT NULL,
    "description" text NOT NULL,
    "active" varchar(1) NOT NULL,
    "invoiceIssueDate" date,
    "invoiceDueDate" date,
    "gibbonPersonIDCreator" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "timestampCreator" timestamp,
    "gibbonPersonIDUpdate" integer REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "timestampUpdate" timestamp
);

CREATE TABLE "gibbonPayment" (
    "gibbonPaymentID" serial PRIMARY KEY,
    "foreignTable" varchar(50) NOT NULL,
    "foreignTableID" integer NOT NULL,
    "gateway" varchar(6) NOT NULL,
    "type" varchar(6) NOT NULL,
    "status" varchar(8) NOT NULL,
    "amount" numeric(13,2) NOT NULL,
    "paymentToken" varchar(50),
    "paymentPayerID" varchar(50),
    "paymentTransactionID" varchar(50),
    "paymentReceiptID" varchar(50),
    "gibbonPersonID" integer REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "timestamp" timestamp NOT NULL
);

CREATE TABLE "gibbonFinanceInvoice" (
    "gibbonFinanceInvoiceID" serial PRIMARY KEY,
    "gibbonSchoolYearID" integer NOT NULL REFERENCES "gibbonSchoolYear" ("gibbonSchoolYearID"),
    "gibbonFinanceInvoiceeID" integer NOT NULL REFERENCES "gibbonFinanceInvoicee" ("gibbonFinanceInvoiceeID"),
    "invoiceTo" varchar(8) NOT NULL,
    "billingScheduleType" varchar(12) NOT NULL,
    "separated" varchar(1),
    "gibbonFinanceBillingScheduleID" integer REFERENCES "gibbonFinanceBillingSchedule" ("gibbonFinanceBillingScheduleID"),
    "status" varchar(16) NOT NULL,
    "gibbonFinanceFeeCategoryIDList" text,
    "invoiceIssueDate" date,
    "invoiceDueDate" date,
    "paidDate" date,
    "paidAmount" numeric(13,2),
    "gibbonPaymentID" integer REFERENCES "gibbonPayment" ("gibbonPaymentID"),
    "reminderCount" integer NOT NULL,
    "notes" text NOT NULL,
    "key" varchar(40) NOT NULL,
    "gibbonPersonIDCreator" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "timestampCreator" timestamp,
    "gibbonPersonIDUpdate" integer REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "timestampUpdate" timestamp
);

CREATE TABLE "gibbonFinanceInvoiceFee" (
    "gibbonFinanceInvoiceFeeID" serial PRIMARY KEY,
    "gibbonFinanceInvoiceID" integer NOT NULL REFERENCES "gibbonFinanceInvoice" ("gibbonFinanceInvoiceID"),
    "feeType" varchar(12) NOT NULL,
    "gibbonFinanceFeeID" integer REFERENCES "gibbonFinanceFee" ("gibbonFinanceFeeID"),
    "separated" varchar(1),
    "name" varchar(100) NOT NULL,
    "description" text,
    "gibbonFinanceFeeCategoryID" integer REFERENCES "gibbonFinanceFeeCategory" ("gibbonFinanceFeeCategoryID"),
    "fee" numeric(12,2) NOT NULL,
    "sequenceNumber" integer
);

CREATE TABLE "gibbonActivity" (
    "gibbonActivityID" serial PRIMARY KEY,
    "gibbonSchoolYearID" integer NOT NULL REFERENCES "gibbonSchoolYear" ("gibbonSchoolYearID"),
    "active" varchar(1) NOT NULL,
    "registration" varchar(1) NOT NULL,
    "name" varchar(40) NOT NULL,
    "provider" varchar(8) NOT NULL,
    "type" varchar(255) NOT NULL,
    "gibbonSchoolYearTermIDList" text NOT NULL,
    "listingStart" date,
    "listingEnd" date,
    "programStart" date,
    "programEnd" date,
    "gibbonYearGroupIDList" varchar(255) NOT NULL,
    "maxParticipants" integer NOT NULL,
    "description" text,
    "payment" numeric(8,2),
    "paymentType" varchar(24),
    "paymentFirmness" varchar(9)
);

CREATE TABLE "gibbonActivitySlot" (
    "gibbonActivitySlotID" serial PRIMARY KEY,
    "gibbonActivityID" integer NOT NULL REFERENCES "gibbonActivity" ("gibbonActivityID"),
    "gibbonSpaceID" integer REFERENCES "gibbonSpace" ("gibbonSpaceID"),
    "locationExternal" varchar(50) NOT NULL,
    "gibbonDaysOfWeekID" integer NOT NULL REFERENCES "gibbonDaysOfWeek" ("gibbonDaysOfWeekID"),
    "timeStart" time NOT NULL,
    "timeEnd" time NOT NULL
);

CREATE TABLE "gibbonActivityStaff" (
    "gibbonActivityStaffID" serial PRIMARY KEY,
    "gibbonActivityID" integer NOT NULL REFERENCES "gibbonActivity" ("gibbonActivityID"),
    "gibbonPersonID" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "role" varchar(9) NOT NULL
);

CREATE TABLE "gibbonActivityStudent" (
    "gibbonActivityStudentID" serial PRIMARY KEY,
    "gibbonActivityID" integer NOT NULL REFERENCES "gibbonActivity" ("gibbonActivityID"),
    "gibbonPersonID" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "status" varchar(12) NOT NULL,
    "timestamp" timestamp NOT NULL,
    "gibbonActivityIDBackup" integer REFERENCES "gibbonActivity" ("gibbonActivityID"),
    "invoiceGenerated" varchar(1) NOT NULL,
    "gibbonFinanceInvoiceID" integer REFERENCES "gibbonFinanceInvoice" ("gibbonFinanceInvoiceID")
);

CREATE TABLE "gibbonAlertLevel" (
    "gibbonAlertLevelID" serial PRIMARY KEY,
    "name" varchar(50) NOT NULL,
    "nameShort" varchar(4) NOT NULL,
    "color" varchar(6) NOT NULL,
    "colorBG" varchar(6) NOT NULL,
    "description" text NOT NULL,
    "sequenceNumber" integer NOT NULL
);

CREATE TABLE "gibbonPersonMedical" (
    "gibbonPersonMedicalID" serial PRIMARY KEY,
    "gibbonPersonID" integer NOT NULL REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "comment" text NOT NULL,
    "fields" text
);

CREATE TABLE "gibbonPersonMedicalCondition" (
    "gibbonPersonMedicalConditionID" serial PRIMARY KEY,
    "gibbonPersonMedicalID" integer NOT NULL REFERENCES "gibbonPersonMedical" ("gibbonPersonMedicalID"),
    "name" varchar(100) NOT NULL,
    "gibbonAlertLevelID" integer NOT NULL REFERENCES "gibbonAlertLevel" ("gibbonAlertLevelID"),
    "triggers" varchar(255) NOT NULL,
    "reaction" varchar(255) NOT NULL,
    "response" varchar(255) NOT NULL,
    "medication" varchar(255) NOT NULL,
    "lastEpisode" date,
    "lastEpisodeTreatment" varchar(255) NOT NULL,
    "comment" text NOT NULL,
    "attachment" varchar(255)
);

CREATE TABLE "gibbonApplicationForm" (
    "gibbonApplicationFormID" serial PRIMARY KEY,
    "gibbonApplicationFormHash" varchar(40),
    "surname" varchar(60) NOT NULL,
    "firstName" varchar(60) NOT NULL,
    "preferredName" varchar(60) NOT NULL,
    "officialName" varchar(150) NOT NULL,
    "gender" varchar(12) NOT NULL,
    "dob" date,
    "email" varchar(75),
    "gibbonSchoolYearIDEntry" integer NOT NULL REFERENCES "gibbonSchoolYear" ("gibbonSchoolYearID"),
    "gibbonYearGroupIDEntry" integer NOT NULL REFERENCES "gibbonYearGroup" ("gibbonYearGroupID"),
    "gibbonFormGroupID" integer REFERENCES "gibbonFormGroup" ("gibbonFormGroupID"),
    "dateStart" date,
    "schoolName1" varchar(50) NOT NULL,
    "siblingName1" varchar(50),
    "siblingSchool1" varchar(50),
    "gibbonFamilyID" integer REFERENCES "gibbonFamily" ("gibbonFamilyID"),
    "parent1gibbonPersonID" integer REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "parent1title" varchar(5),
    "parent1surname" varchar(60),
    "parent1firstName" varchar(60),
    "parent1relationship" varchar(50),
    "parent2title" varchar(5),
    "parent2surname" varchar(60),
    "parent2firstName" varchar(60),
    "parent2relationship" varchar(50),
    "status" varchar(12) NOT NULL,
    "priority" integer NOT NULL,
    "milestones" text NOT NULL,
    "notes" text NOT NULL,
    "gibbonPersonIDStudent" integer REFERENCES "gibbonPerson" ("gibbonPersonID"),
    "paymentMade" varchar(10) NOT NULL,
    "gibbonPaymentID" integer REFERENCES "gibbonPayment" ("gibbonPaymentID"),
    "timestamp" timestamp
);
