using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MerchantPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class RiskChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ApprovalEvidence",
                table: "Applications",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApprovedByUserId",
                table: "Applications",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Risk",
                table: "Applications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "RiskAssessments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Occasion = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    FindingsJson = table.Column<string>(type: "TEXT", nullable: false),
                    AssessedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskAssessments_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationProfiles_Enterprise_ContactMobile",
                table: "ApplicationProfiles",
                column: "Enterprise_ContactMobile");

            migrationBuilder.CreateIndex(
                name: "IX_RiskAssessments_ApplicationId_Id",
                table: "RiskAssessments",
                columns: new[] { "ApplicationId", "Id" });

            // The queue's covering index gains the risk column.
            migrationBuilder.Sql(ReviewQueueIndex.Drop);
            migrationBuilder.Sql(ReviewQueueIndex.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ReviewQueueIndex.Drop);

            migrationBuilder.DropTable(
                name: "RiskAssessments");

            migrationBuilder.DropIndex(
                name: "IX_ApplicationProfiles_Enterprise_ContactMobile",
                table: "ApplicationProfiles");

            migrationBuilder.DropColumn(
                name: "ApprovalEvidence",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "ApprovedByUserId",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "Risk",
                table: "Applications");

            migrationBuilder.Sql(ReviewQueueIndex.CreateWithoutRisk);
        }
    }
}
