-- crm_salesforce.sql: a fourth blind held-out fold for relationship inference
-- (tests/bench/eval_relations --group-blind4). A Salesforce org replicated
-- into SQL under its API names, written for this bench by an author who had
-- not read the inference code: PascalCase objects (Account, Contact,
-- Opportunity, "Case", "User", "Order" quoted where the name is an SQL
-- keyword) keyed by an 18-character Id, lookups named <Object>Id (AccountId,
-- Pricebook2Id, Product2Id), the audit lookups OwnerId / CreatedById /
-- LastModifiedById -> "User" on nearly every object, hierarchies (ParentId,
-- ReportsToId, ManagerId, ParentRoleId), role lookups (ConvertedAccountId,
-- BillToContactId, CustomerSignedId, CompanySignedId) and custom objects and
-- fields with the __c suffix (Invoice__c, Account__c, Primary_Contact__c).
-- WhoId / WhatId on Task and Event and Attachment.ParentId are polymorphic
-- and not declared. The declared foreign keys are the truth.
-- Readable by PostgreSQL, SQLite and Sextant's DDL reader.

CREATE TABLE RecordType (
    Id char(18) PRIMARY KEY,
    Name varchar(80) NOT NULL,
    DeveloperName varchar(80) NOT NULL,
    SobjectType varchar(40) NOT NULL,
    IsActive boolean NOT NULL
);

CREATE TABLE Profile (
    Id char(18) PRIMARY KEY,
    Name varchar(255) NOT NULL,
    UserType varchar(40),
    UserLicenseId char(18),
    Description varchar(255)
);

CREATE TABLE UserRole (
    Id char(18) PRIMARY KEY,
    Name varchar(80) NOT NULL,
    DeveloperName varchar(80),
    ParentRoleId char(18) REFERENCES UserRole (Id),
    RollupDescription varchar(80)
);

CREATE TABLE "User" (
    Id char(18) PRIMARY KEY,
    Username varchar(80) NOT NULL,
    FirstName varchar(40),
    LastName varchar(80) NOT NULL,
    Alias varchar(8) NOT NULL,
    Email varchar(128) NOT NULL,
    IsActive boolean NOT NULL,
    TimeZoneSidKey varchar(40) NOT NULL,
    UserRoleId char(18) REFERENCES UserRole (Id),
    ProfileId char(18) NOT NULL REFERENCES Profile (Id),
    ManagerId char(18) REFERENCES "User" (Id),
    CreatedById char(18) REFERENCES "User" (Id),
    LastModifiedById char(18) REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL
);

CREATE TABLE Region__c (
    Id char(18) PRIMARY KEY,
    Name varchar(80) NOT NULL,
    Region_Code__c varchar(10),
    OwnerId char(18) NOT NULL REFERENCES "User" (Id),
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);

CREATE TABLE Territory__c (
    Id char(18) PRIMARY KEY,
    Name varchar(80) NOT NULL,
    Region__c char(18) NOT NULL REFERENCES Region__c (Id),
    Territory_Manager__c char(18) REFERENCES "User" (Id),
    OwnerId char(18) NOT NULL REFERENCES "User" (Id),
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);

CREATE TABLE Account (
    Id char(18) PRIMARY KEY,
    Name varchar(255) NOT NULL,
    AccountNumber varchar(40),
    Type varchar(40),
    Industry varchar(40),
    AnnualRevenue numeric(18, 0),
    NumberOfEmployees integer,
    BillingStreet varchar(255),
    BillingCity varchar(40),
    BillingPostalCode varchar(20),
    BillingCountry varchar(80),
    Phone varchar(40),
    Website varchar(255),
    ParentId char(18) REFERENCES Account (Id),
    RecordTypeId char(18) REFERENCES RecordType (Id),
    Territory__c char(18) REFERENCES Territory__c (Id),
    Customer_Since__c date,
    OwnerId char(18) NOT NULL REFERENCES "User" (Id),
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    SystemModstamp timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);

CREATE TABLE Contact (
    Id char(18) PRIMARY KEY,
    AccountId char(18) REFERENCES Account (Id),
    Salutation varchar(40),
    FirstName varchar(40),
    LastName varchar(80) NOT NULL,
    Title varchar(128),
    Email varchar(80),
    Phone varchar(40),
    MobilePhone varchar(40),
    MailingCity varchar(40),
    MailingCountry varchar(80),
    Birthdate date,
    LeadSource varchar(40),
    ReportsToId char(18) REFERENCES Contact (Id),
    OwnerId char(18) NOT NULL REFERENCES "User" (Id),
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    SystemModstamp timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);

CREATE TABLE AccountContactRelation (
    Id char(18) PRIMARY KEY,
    AccountId char(18) NOT NULL REFERENCES Account (Id),
    ContactId char(18) NOT NULL REFERENCES Contact (Id),
    Roles varchar(255),
    IsDirect boolean NOT NULL,
    IsActive boolean NOT NULL,
    StartDate date,
    EndDate date,
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL
);

CREATE TABLE Campaign (
    Id char(18) PRIMARY KEY,
    Name varchar(80) NOT NULL,
    Type varchar(40),
    Status varchar(40),
    StartDate date,
    EndDate date,
    BudgetedCost numeric(18, 0),
    ActualCost numeric(18, 0),
    IsActive boolean NOT NULL,
    ParentId char(18) REFERENCES Campaign (Id),
    OwnerId char(18) NOT NULL REFERENCES "User" (Id),
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);

CREATE TABLE Pricebook2 (
    Id char(18) PRIMARY KEY,
    Name varchar(255) NOT NULL,
    Description varchar(255),
    IsActive boolean NOT NULL,
    IsStandard boolean NOT NULL,
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);

CREATE TABLE Product2 (
    Id char(18) PRIMARY KEY,
    Name varchar(255) NOT NULL,
    ProductCode varchar(255),
    Family varchar(40),
    Description text,
    QuantityUnitOfMeasure varchar(40),
    IsActive boolean NOT NULL,
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);

CREATE TABLE PricebookEntry (
    Id char(18) PRIMARY KEY,
    Pricebook2Id char(18) NOT NULL REFERENCES Pricebook2 (Id),
    Product2Id char(18) NOT NULL REFERENCES Product2 (Id),
    UnitPrice numeric(16, 2) NOT NULL,
    UseStandardPrice boolean NOT NULL,
    IsActive boolean NOT NULL,
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);

CREATE TABLE Opportunity (
    Id char(18) PRIMARY KEY,
    AccountId char(18) REFERENCES Account (Id),
    RecordTypeId char(18) REFERENCES RecordType (Id),
    Name varchar(120) NOT NULL,
    StageName varchar(40) NOT NULL,
    Amount numeric(16, 2),
    Probability numeric(3, 0),
    CloseDate date NOT NULL,
    Type varchar(40),
    LeadSource varchar(40),
    ForecastCategoryName varchar(40),
    IsClosed boolean NOT NULL,
    IsWon boolean NOT NULL,
    CampaignId char(18) REFERENCES Campaign (Id),
    Pricebook2Id char(18) REFERENCES Pricebook2 (Id),
    OwnerId char(18) NOT NULL REFERENCES "User" (Id),
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    SystemModstamp timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);

CREATE TABLE OpportunityLineItem (
    Id char(18) PRIMARY KEY,
    OpportunityId char(18) NOT NULL REFERENCES Opportunity (Id),
    PricebookEntryId char(18) NOT NULL REFERENCES PricebookEntry (Id),
    Product2Id char(18) REFERENCES Product2 (Id),
    Quantity numeric(12, 2) NOT NULL,
    UnitPrice numeric(16, 2),
    TotalPrice numeric(16, 2),
    Discount numeric(5, 2),
    ServiceDate date,
    SortOrder integer,
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);

CREATE TABLE OpportunityContactRole (
    Id char(18) PRIMARY KEY,
    OpportunityId char(18) NOT NULL REFERENCES Opportunity (Id),
    ContactId char(18) NOT NULL REFERENCES Contact (Id),
    Role varchar(40),
    IsPrimary boolean NOT NULL,
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);

CREATE TABLE Lead (
    Id char(18) PRIMARY KEY,
    FirstName varchar(40),
    LastName varchar(80) NOT NULL,
    Company varchar(255) NOT NULL,
    Title varchar(128),
    Email varchar(80),
    Phone varchar(40),
    Status varchar(40) NOT NULL,
    LeadSource varchar(40),
    Rating varchar(40),
    IsConverted boolean NOT NULL,
    ConvertedDate date,
    ConvertedAccountId char(18) REFERENCES Account (Id),
    ConvertedContactId char(18) REFERENCES Contact (Id),
    ConvertedOpportunityId char(18) REFERENCES Opportunity (Id),
    OwnerId char(18) NOT NULL REFERENCES "User" (Id),
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);

CREATE TABLE CampaignMember (
    Id char(18) PRIMARY KEY,
    CampaignId char(18) NOT NULL REFERENCES Campaign (Id),
    LeadId char(18) REFERENCES Lead (Id),
    ContactId char(18) REFERENCES Contact (Id),
    Status varchar(40),
    HasResponded boolean NOT NULL,
    FirstRespondedDate date,
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);

CREATE TABLE Contract (
    Id char(18) PRIMARY KEY,
    AccountId char(18) NOT NULL REFERENCES Account (Id),
    ContractNumber varchar(30) NOT NULL,
    Status varchar(40) NOT NULL,
    StartDate date,
    EndDate date,
    ContractTerm integer,
    Pricebook2Id char(18) REFERENCES Pricebook2 (Id),
    CustomerSignedId char(18) REFERENCES Contact (Id),
    CustomerSignedDate date,
    CompanySignedId char(18) REFERENCES "User" (Id),
    CompanySignedDate date,
    ActivatedById char(18) REFERENCES "User" (Id),
    ActivatedDate timestamp,
    OwnerId char(18) NOT NULL REFERENCES "User" (Id),
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);

CREATE TABLE "Order" (
    Id char(18) PRIMARY KEY,
    AccountId char(18) NOT NULL REFERENCES Account (Id),
    ContractId char(18) REFERENCES Contract (Id),
    OpportunityId char(18) REFERENCES Opportunity (Id),
    Pricebook2Id char(18) REFERENCES Pricebook2 (Id),
    OrderNumber varchar(30) NOT NULL,
    Status varchar(40) NOT NULL,
    EffectiveDate date NOT NULL,
    TotalAmount numeric(16, 2),
    BillToContactId char(18) REFERENCES Contact (Id),
    ShipToContactId char(18) REFERENCES Contact (Id),
    ShippingCity varchar(40),
    ShippingCountry varchar(80),
    OwnerId char(18) NOT NULL REFERENCES "User" (Id),
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);

CREATE TABLE OrderItem (
    Id char(18) PRIMARY KEY,
    OrderId char(18) NOT NULL REFERENCES "Order" (Id),
    PricebookEntryId char(18) NOT NULL REFERENCES PricebookEntry (Id),
    Product2Id char(18) REFERENCES Product2 (Id),
    OriginalOrderItemId char(18) REFERENCES OrderItem (Id),
    OrderItemNumber varchar(30) NOT NULL,
    Quantity numeric(12, 2) NOT NULL,
    UnitPrice numeric(16, 2) NOT NULL,
    ServiceDate date,
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);

CREATE TABLE Quote (
    Id char(18) PRIMARY KEY,
    Name varchar(255) NOT NULL,
    QuoteNumber varchar(30) NOT NULL,
    OpportunityId char(18) NOT NULL REFERENCES Opportunity (Id),
    ContactId char(18) REFERENCES Contact (Id),
    Pricebook2Id char(18) REFERENCES Pricebook2 (Id),
    Status varchar(40),
    ExpirationDate date,
    Discount numeric(5, 2),
    GrandTotal numeric(16, 2),
    IsSyncing boolean NOT NULL,
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);

CREATE TABLE QuoteLineItem (
    Id char(18) PRIMARY KEY,
    QuoteId char(18) NOT NULL REFERENCES Quote (Id),
    PricebookEntryId char(18) NOT NULL REFERENCES PricebookEntry (Id),
    Product2Id char(18) REFERENCES Product2 (Id),
    OpportunityLineItemId char(18) REFERENCES OpportunityLineItem (Id),
    LineNumber varchar(30) NOT NULL,
    Quantity numeric(12, 2) NOT NULL,
    UnitPrice numeric(16, 2) NOT NULL,
    Discount numeric(5, 2),
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);

CREATE TABLE Asset (
    Id char(18) PRIMARY KEY,
    Name varchar(255) NOT NULL,
    AccountId char(18) REFERENCES Account (Id),
    ContactId char(18) REFERENCES Contact (Id),
    Product2Id char(18) REFERENCES Product2 (Id),
    ParentId char(18) REFERENCES Asset (Id),
    RootAssetId char(18) REFERENCES Asset (Id),
    SerialNumber varchar(80),
    InstallDate date,
    UsageEndDate date,
    Status varchar(40),
    Quantity numeric(12, 2),
    OwnerId char(18) NOT NULL REFERENCES "User" (Id),
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);

CREATE TABLE Entitlement (
    Id char(18) PRIMARY KEY,
    Name varchar(255) NOT NULL,
    AccountId char(18) NOT NULL REFERENCES Account (Id),
    AssetId char(18) REFERENCES Asset (Id),
    Type varchar(40),
    StartDate date,
    EndDate date,
    Status varchar(40),
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);

CREATE TABLE "Case" (
    Id char(18) PRIMARY KEY,
    CaseNumber varchar(30) NOT NULL,
    AccountId char(18) REFERENCES Account (Id),
    ContactId char(18) REFERENCES Contact (Id),
    AssetId char(18) REFERENCES Asset (Id),
    EntitlementId char(18) REFERENCES Entitlement (Id),
    ParentId char(18) REFERENCES "Case" (Id),
    RecordTypeId char(18) REFERENCES RecordType (Id),
    Subject varchar(255),
    Description text,
    Status varchar(40) NOT NULL,
    Priority varchar(40),
    Origin varchar(40),
    Reason varchar(40),
    IsClosed boolean NOT NULL,
    IsEscalated boolean NOT NULL,
    ClosedDate timestamp,
    SuppliedEmail varchar(80),
    OwnerId char(18) NOT NULL REFERENCES "User" (Id),
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);

CREATE TABLE CaseComment (
    Id char(18) PRIMARY KEY,
    ParentId char(18) NOT NULL REFERENCES "Case" (Id),
    CommentBody text,
    IsPublished boolean NOT NULL,
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);

CREATE TABLE Task (
    Id char(18) PRIMARY KEY,
    WhoId char(18),
    WhatId char(18),
    AccountId char(18) REFERENCES Account (Id),
    Subject varchar(255),
    ActivityDate date,
    Status varchar(40) NOT NULL,
    Priority varchar(40) NOT NULL,
    TaskSubtype varchar(40),
    IsClosed boolean NOT NULL,
    Description text,
    OwnerId char(18) NOT NULL REFERENCES "User" (Id),
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);

CREATE TABLE Event (
    Id char(18) PRIMARY KEY,
    WhoId char(18),
    WhatId char(18),
    AccountId char(18) REFERENCES Account (Id),
    Subject varchar(255),
    Location varchar(255),
    StartDateTime timestamp NOT NULL,
    EndDateTime timestamp NOT NULL,
    IsAllDayEvent boolean NOT NULL,
    OwnerId char(18) NOT NULL REFERENCES "User" (Id),
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);

CREATE TABLE Attachment (
    Id char(18) PRIMARY KEY,
    ParentId char(18) NOT NULL,
    Name varchar(255) NOT NULL,
    ContentType varchar(120),
    BodyLength integer,
    IsPrivate boolean NOT NULL,
    OwnerId char(18) NOT NULL REFERENCES "User" (Id),
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);

CREATE TABLE Project__c (
    Id char(18) PRIMARY KEY,
    Name varchar(80) NOT NULL,
    Account__c char(18) NOT NULL REFERENCES Account (Id),
    Opportunity__c char(18) REFERENCES Opportunity (Id),
    Project_Manager__c char(18) REFERENCES "User" (Id),
    Status__c varchar(40),
    Start_Date__c date,
    End_Date__c date,
    Budget__c numeric(16, 2),
    OwnerId char(18) NOT NULL REFERENCES "User" (Id),
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);

CREATE TABLE Project_Assignment__c (
    Id char(18) PRIMARY KEY,
    Name varchar(80) NOT NULL,
    Project__c char(18) NOT NULL REFERENCES Project__c (Id),
    Contact__c char(18) NOT NULL REFERENCES Contact (Id),
    Role__c varchar(40),
    Planned_Hours__c numeric(8, 2),
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);

CREATE TABLE Invoice__c (
    Id char(18) PRIMARY KEY,
    Name varchar(80) NOT NULL,
    Account__c char(18) NOT NULL REFERENCES Account (Id),
    Primary_Contact__c char(18) REFERENCES Contact (Id),
    Order__c char(18) REFERENCES "Order" (Id),
    Project__c char(18) REFERENCES Project__c (Id),
    Invoice_Date__c date NOT NULL,
    Due_Date__c date,
    Currency_Code__c varchar(3),
    Total__c numeric(16, 2),
    Status__c varchar(40),
    OwnerId char(18) NOT NULL REFERENCES "User" (Id),
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);

CREATE TABLE Invoice_Line__c (
    Id char(18) PRIMARY KEY,
    Name varchar(80) NOT NULL,
    Invoice__c char(18) NOT NULL REFERENCES Invoice__c (Id),
    Product__c char(18) REFERENCES Product2 (Id),
    Order_Product__c char(18) REFERENCES OrderItem (Id),
    Quantity__c numeric(12, 2),
    Unit_Price__c numeric(16, 2),
    Amount__c numeric(16, 2),
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);

CREATE TABLE Payment__c (
    Id char(18) PRIMARY KEY,
    Name varchar(80) NOT NULL,
    Invoice__c char(18) NOT NULL REFERENCES Invoice__c (Id),
    Account__c char(18) NOT NULL REFERENCES Account (Id),
    Received_By__c char(18) REFERENCES "User" (Id),
    Amount__c numeric(16, 2) NOT NULL,
    Payment_Date__c date NOT NULL,
    Method__c varchar(40),
    Reference__c varchar(80),
    OwnerId char(18) NOT NULL REFERENCES "User" (Id),
    CreatedById char(18) NOT NULL REFERENCES "User" (Id),
    LastModifiedById char(18) NOT NULL REFERENCES "User" (Id),
    CreatedDate timestamp NOT NULL,
    LastModifiedDate timestamp NOT NULL,
    IsDeleted boolean NOT NULL
);
