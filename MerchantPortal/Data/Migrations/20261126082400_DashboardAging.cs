using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MerchantPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class DashboardAging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_DashboardState",
                table: "Applications");

            migrationBuilder.AddColumn<int>(
                name: "StateEnteredAtMinute",
                table: "Applications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // The same moment as StateEnteredAtUtc, in whole minutes since 2000-01-01 UTC (a migration's SQL never changes).
            migrationBuilder.Sql("""UPDATE "Applications" SET "StateEnteredAtMinute" = CAST((julianday("StateEnteredAtUtc") - julianday('2000-01-01')) * 1440 AS INTEGER);""");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_DashboardState",
                table: "Applications",
                columns: new[] { "State", "SlaDueAtUtc", "StateEnteredAtMinute", "DeclaredSubjectType", "DeclaredIndustry", "DeclaredPlatforms" });

            migrationBuilder.CreateIndex(
                name: "IX_Applications_State",
                table: "Applications",
                column: "State");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Applications_DashboardState",
                table: "Applications");

            migrationBuilder.DropIndex(
                name: "IX_Applications_State",
                table: "Applications");

            migrationBuilder.DropColumn(
                name: "StateEnteredAtMinute",
                table: "Applications");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_DashboardState",
                table: "Applications",
                columns: new[] { "State", "SlaDueAtUtc", "StateEnteredAtUtc", "DeclaredSubjectType", "DeclaredIndustry", "DeclaredPlatforms" });
        }
    }
}
