using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MerchantPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class RequirementRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SubmittedRequirements",
                table: "ApplicationProfiles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RequirementRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Document = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectTypes = table.Column<string>(type: "TEXT", nullable: false),
                    Industries = table.Column<string>(type: "TEXT", nullable: false),
                    PlatformCodes = table.Column<string>(type: "TEXT", nullable: false),
                    AnyOfScenes = table.Column<int>(type: "INTEGER", nullable: false),
                    CorporateAccountOnly = table.Column<bool>(type: "INTEGER", nullable: false),
                    ContactNotLegalRepresentativeOnly = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequirementRules", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RequirementRules_Version",
                table: "RequirementRules",
                column: "Version");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RequirementRules");

            migrationBuilder.DropColumn(
                name: "SubmittedRequirements",
                table: "ApplicationProfiles");
        }
    }
}
