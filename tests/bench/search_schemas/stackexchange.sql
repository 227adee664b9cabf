-- Stack Exchange Data Explorer (SEDE) / data dump schema: the public tables
-- of a Stack Exchange site's database as SEDE shows them, written as
-- PostgreSQL DDL for the search bench (held-out set 32). No rows.

CREATE TABLE PostTypes (
    Id integer PRIMARY KEY,
    Name varchar(50) NOT NULL
);

CREATE TABLE Users (
    Id integer PRIMARY KEY,
    Reputation integer NOT NULL,
    CreationDate timestamp NOT NULL,
    DisplayName varchar(40),
    LastAccessDate timestamp NOT NULL,
    WebsiteUrl varchar(200),
    Location varchar(100),
    AboutMe text,
    Views integer NOT NULL,
    UpVotes integer NOT NULL,
    DownVotes integer NOT NULL,
    ProfileImageUrl varchar(200),
    EmailHash varchar(32),
    AccountId integer
);

CREATE TABLE Posts (
    Id integer PRIMARY KEY,
    PostTypeId smallint NOT NULL REFERENCES PostTypes (Id),
    AcceptedAnswerId integer,
    ParentId integer,
    CreationDate timestamp NOT NULL,
    DeletionDate timestamp,
    Score integer NOT NULL,
    ViewCount integer,
    Body text,
    OwnerUserId integer REFERENCES Users (Id),
    OwnerDisplayName varchar(40),
    LastEditorUserId integer REFERENCES Users (Id),
    LastEditorDisplayName varchar(40),
    LastEditDate timestamp,
    LastActivityDate timestamp,
    Title varchar(250),
    Tags varchar(250),
    AnswerCount integer,
    CommentCount integer,
    FavoriteCount integer,
    ClosedDate timestamp,
    CommunityOwnedDate timestamp,
    ContentLicense varchar(12)
);

CREATE TABLE PostsWithDeleted (
    Id integer PRIMARY KEY,
    PostTypeId smallint NOT NULL REFERENCES PostTypes (Id),
    AcceptedAnswerId integer,
    ParentId integer,
    CreationDate timestamp NOT NULL,
    DeletionDate timestamp,
    Score integer,
    ViewCount integer,
    Body text,
    OwnerUserId integer,
    OwnerDisplayName varchar(40),
    LastEditorUserId integer,
    LastEditorDisplayName varchar(40),
    LastEditDate timestamp,
    LastActivityDate timestamp,
    Title varchar(250),
    Tags varchar(250),
    AnswerCount integer,
    CommentCount integer,
    FavoriteCount integer,
    ClosedDate timestamp,
    CommunityOwnedDate timestamp,
    ContentLicense varchar(12)
);

CREATE TABLE Comments (
    Id integer PRIMARY KEY,
    PostId integer NOT NULL REFERENCES Posts (Id),
    Score integer NOT NULL,
    Text varchar(600) NOT NULL,
    CreationDate timestamp NOT NULL,
    UserDisplayName varchar(30),
    UserId integer REFERENCES Users (Id),
    ContentLicense varchar(12)
);

CREATE TABLE Badges (
    Id integer PRIMARY KEY,
    UserId integer NOT NULL REFERENCES Users (Id),
    Name varchar(50) NOT NULL,
    Date timestamp NOT NULL,
    Class smallint NOT NULL,
    TagBased boolean NOT NULL
);

CREATE TABLE VoteTypes (
    Id integer PRIMARY KEY,
    Name varchar(50) NOT NULL
);

CREATE TABLE Votes (
    Id integer PRIMARY KEY,
    PostId integer NOT NULL REFERENCES Posts (Id),
    VoteTypeId smallint NOT NULL REFERENCES VoteTypes (Id),
    UserId integer REFERENCES Users (Id),
    CreationDate timestamp,
    BountyAmount integer
);

CREATE TABLE PostHistoryTypes (
    Id integer PRIMARY KEY,
    Name varchar(50) NOT NULL
);

CREATE TABLE PostHistory (
    Id integer PRIMARY KEY,
    PostHistoryTypeId smallint NOT NULL REFERENCES PostHistoryTypes (Id),
    PostId integer NOT NULL REFERENCES Posts (Id),
    RevisionGUID uuid NOT NULL,
    CreationDate timestamp NOT NULL,
    UserId integer REFERENCES Users (Id),
    UserDisplayName varchar(40),
    Comment varchar(400),
    Text text,
    ContentLicense varchar(12)
);

CREATE TABLE LinkTypes (
    Id integer PRIMARY KEY,
    Name varchar(50) NOT NULL
);

CREATE TABLE PostLinks (
    Id integer PRIMARY KEY,
    CreationDate timestamp NOT NULL,
    PostId integer NOT NULL REFERENCES Posts (Id),
    RelatedPostId integer NOT NULL REFERENCES Posts (Id),
    LinkTypeId smallint NOT NULL REFERENCES LinkTypes (Id)
);

CREATE TABLE Tags (
    Id integer PRIMARY KEY,
    TagName varchar(35) NOT NULL,
    Count integer NOT NULL,
    ExcerptPostId integer REFERENCES Posts (Id),
    WikiPostId integer REFERENCES Posts (Id),
    IsModeratorOnly boolean,
    IsRequired boolean
);

CREATE TABLE PostTags (
    PostId integer NOT NULL REFERENCES Posts (Id),
    TagId integer NOT NULL REFERENCES Tags (Id),
    PRIMARY KEY (PostId, TagId)
);

CREATE TABLE TagSynonyms (
    Id integer PRIMARY KEY,
    SourceTagName varchar(35),
    TargetTagName varchar(35),
    CreationDate timestamp NOT NULL,
    OwnerUserId integer REFERENCES Users (Id),
    AutoRenameCount integer NOT NULL,
    LastAutoRename timestamp,
    Score integer NOT NULL,
    ApprovedByUserId integer REFERENCES Users (Id),
    ApprovalDate timestamp
);

CREATE TABLE SuggestedEdits (
    Id integer PRIMARY KEY,
    PostId integer NOT NULL REFERENCES Posts (Id),
    CreationDate timestamp,
    ApprovalDate timestamp,
    RejectionDate timestamp,
    OwnerUserId integer REFERENCES Users (Id),
    Comment varchar(800),
    Text text,
    Title varchar(250),
    Tags varchar(250),
    RevisionGUID uuid
);

CREATE TABLE SuggestedEditVotes (
    Id integer PRIMARY KEY,
    SuggestedEditId integer NOT NULL REFERENCES SuggestedEdits (Id),
    UserId integer NOT NULL REFERENCES Users (Id),
    VoteTypeId smallint NOT NULL REFERENCES VoteTypes (Id),
    CreationDate timestamp NOT NULL,
    TargetUserId integer REFERENCES Users (Id),
    TargetRepChange integer NOT NULL
);

CREATE TABLE ReviewTaskTypes (
    Id integer PRIMARY KEY,
    Name varchar(50) NOT NULL,
    Description varchar(300) NOT NULL
);

CREATE TABLE ReviewTaskStates (
    Id integer PRIMARY KEY,
    Name varchar(50) NOT NULL,
    Description varchar(300) NOT NULL
);

CREATE TABLE ReviewTasks (
    Id integer PRIMARY KEY,
    ReviewTaskTypeId smallint NOT NULL REFERENCES ReviewTaskTypes (Id),
    CreationDate timestamp,
    DeletionDate timestamp,
    ReviewTaskStateId smallint NOT NULL REFERENCES ReviewTaskStates (Id),
    PostId integer NOT NULL REFERENCES Posts (Id),
    SuggestedEditId integer REFERENCES SuggestedEdits (Id),
    CompletedByReviewTaskResultId integer
);

CREATE TABLE ReviewTaskResultTypes (
    Id integer PRIMARY KEY,
    Name varchar(100) NOT NULL,
    Description varchar(300) NOT NULL
);

CREATE TABLE ReviewRejectionReasons (
    Id integer PRIMARY KEY,
    Name varchar(100) NOT NULL,
    Description varchar(300) NOT NULL,
    PostTypeId smallint REFERENCES PostTypes (Id)
);

CREATE TABLE ReviewTaskResults (
    Id integer PRIMARY KEY,
    ReviewTaskId integer NOT NULL REFERENCES ReviewTasks (Id),
    ReviewTaskResultTypeId smallint NOT NULL REFERENCES ReviewTaskResultTypes (Id),
    CreationDate timestamp,
    RejectionReasonId smallint REFERENCES ReviewRejectionReasons (Id),
    Comment varchar(150)
);

CREATE TABLE FlagTypes (
    Id integer PRIMARY KEY,
    Name varchar(50) NOT NULL,
    Description varchar(500) NOT NULL
);

CREATE TABLE CloseReasonTypes (
    Id integer PRIMARY KEY,
    Name varchar(200) NOT NULL,
    Description varchar(500)
);

CREATE TABLE CloseAsOffTopicReasonTypes (
    Id integer PRIMARY KEY,
    IsUniversal boolean NOT NULL,
    InputTitle varchar(200),
    MarkdownInputGuidance text,
    MarkdownPostOwnerGuidance text,
    MarkdownPrivilegedUserGuidance text,
    MarkdownConcensusDescription text,
    CreationDate timestamp NOT NULL,
    CreationModeratorId integer REFERENCES Users (Id),
    ApprovalDate timestamp,
    ApprovalModeratorId integer REFERENCES Users (Id),
    DeactivationDate timestamp,
    DeactivationModeratorId integer REFERENCES Users (Id)
);

CREATE TABLE PendingFlags (
    Id integer PRIMARY KEY,
    FlagTypeId smallint NOT NULL REFERENCES FlagTypes (Id),
    PostId integer NOT NULL REFERENCES Posts (Id),
    CreationDate timestamp,
    CloseReasonTypeId smallint REFERENCES CloseReasonTypes (Id),
    CloseAsOffTopicReasonTypeId smallint REFERENCES CloseAsOffTopicReasonTypes (Id),
    DuplicateOfQuestionId integer REFERENCES Posts (Id),
    BelongsOnBaseHostAddress varchar(100)
);

CREATE TABLE PostFeedback (
    Id integer PRIMARY KEY,
    PostId integer NOT NULL REFERENCES Posts (Id),
    IsAnonymous boolean,
    VoteTypeId smallint NOT NULL REFERENCES VoteTypes (Id),
    CreationDate timestamp NOT NULL
);

CREATE TABLE PostNoticeTypes (
    Id integer PRIMARY KEY,
    ClassId smallint NOT NULL,
    Name varchar(80),
    Body text,
    IsHidden boolean NOT NULL,
    Predefined boolean NOT NULL,
    PostNoticeDurationId integer NOT NULL
);

CREATE TABLE PostNotices (
    Id integer PRIMARY KEY,
    PostId integer NOT NULL REFERENCES Posts (Id),
    PostNoticeTypeId integer REFERENCES PostNoticeTypes (Id),
    CreationDate timestamp NOT NULL,
    DeletionDate timestamp,
    ExpiryDate timestamp,
    Body text,
    OwnerUserId integer REFERENCES Users (Id),
    DeletionUserId integer REFERENCES Users (Id)
);
