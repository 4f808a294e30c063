using System;
using MerchantPortal.Data;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MerchantPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReviewQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_State",
                table: "Applications");

            migrationBuilder.AddColumn<string>(
                name: "AssigneeUserId",
                table: "Applications",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Listing_CreditCode",
                table: "Applications",
                type: "TEXT",
                maxLength: 18,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Listing_Industry",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Listing_LegalName",
                table: "Applications",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Listing_Platforms",
                table: "Applications",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Listing_SubjectType",
                table: "Applications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReviewRound",
                table: "Applications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "SlaDueAtUtc",
                table: "Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SubmittedAtUtc",
                table: "Applications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CaseMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    FromStaff = table.Column<bool>(type: "INTEGER", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseMessages_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChangeRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Fields = table.Column<string>(type: "TEXT", nullable: false),
                    Documents = table.Column<string>(type: "TEXT", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RequestedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChangeRequests_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DocumentDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Approved = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReasonCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ApplicantMessage = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    InternalNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReviewerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DocumentDecisions_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Settings",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ValueJson = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Settings", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "SubmissionSnapshots",
                columns: table => new
                {
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    DataJson = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmissionSnapshots", x => new { x.ApplicationId, x.Round });
                    table.ForeignKey(
                        name: "FK_SubmissionSnapshots_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MessageAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OriginalName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MessageAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MessageAttachments_CaseMessages_MessageId",
                        column: x => x.MessageId,
                        principalTable: "CaseMessages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_AssigneeUserId_State",
                table: "Applications",
                columns: new[] { "AssigneeUserId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Listing_CreditCode",
                table: "Applications",
                column: "Listing_CreditCode");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMessages_ApplicationId_SentAtUtc",
                table: "CaseMessages",
                columns: new[] { "ApplicationId", "SentAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ChangeRequests_ApplicationId_Round",
                table: "ChangeRequests",
                columns: new[] { "ApplicationId", "Round" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentDecisions_ApplicationId_DecidedAtUtc",
                table: "DocumentDecisions",
                columns: new[] { "ApplicationId", "DecidedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentDecisions_DocumentId",
                table: "DocumentDecisions",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_MessageAttachments_MessageId",
                table: "MessageAttachments",
                column: "MessageId");

            migrationBuilder.CreateIndex(
                name: "IX_MessageAttachments_StoredName",
                table: "MessageAttachments",
                column: "StoredName",
                unique: true);

            migrationBuilder.Sql(ReviewQueueIndex.CreateWithoutRisk);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ReviewQueueIndex.Drop);

            migrationBuilder.DropTable(
                name: "ChangeRequests");

            migrationBuilder.DropTable(
                name: "DocumentDecisions");

            migrationBuilder.DropTable(
                name: "MessageAttachments");

            migrationBuilder.DropTable(
                name: "Settings");

            migrationBuilder.DropTable(
                name: "SubmissionSnapshots");

            migrationBuilder.DropTable(
                name: "CaseMessages");

            migrationBuilder.DropIndex(
                name: "IX_Applications_AssigneeUserId_State",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_Listing_CreditCode",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "AssigneeUserId",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Listing_CreditCode",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Listing_Industry",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Listing_LegalName",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Listing_Platforms",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Listing_SubjectType",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ReviewRound",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "SlaDueAtUtc",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "SubmittedAtUtc",
                table: "Applications");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_State",
                table: "Applications",
                column: "State");
        }
    }
}
