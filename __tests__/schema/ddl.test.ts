/** DDL rendering: the words Laravel's MySQL grammar uses, one CREATE TABLE per table, foreign keys last. */

import { schemaFromMigrations } from '../../src/project/laravel/migrations/index.js';
import { parsePhp } from '../../src/project/php/parse.js';
import { renderCreateTable, renderSchemaDdl } from '../../src/schema/ddl.js';
import { findTable } from '../../src/schema/model.js';

function fold(body: string) {
  const text = `<?php
use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;
return new class extends Migration { public function up(): void { ${body} } };`;
  const { parsed } = parsePhp('database/migrations/2024_01_01_000000_x.php', text);
  const result = schemaFromMigrations([parsed!]);
  expect(result.problems).toEqual([]);
  return result.schema;
}

describe('renderCreateTable', () => {
  it('renders columns, modifiers and inline indexes as Laravel would', () => {
    const schema = fold(`
      Schema::create('users', function (Blueprint $table) {
          $table->id();
          $table->string('email')->unique();
          $table->string('role', 20)->default('member')->index();
          $table->boolean('active')->default(true)->comment("It's on");
          $table->timestamp('seen_at')->useCurrent()->useCurrentOnUpdate();
          $table->decimal('total', 8, 2)->storedAs('price * 2')->nullable();
          $table->string('name')->charset('latin1')->collation('latin1_bin')->nullable();
      });`);
    expect(renderCreateTable(findTable(schema, 'users')!)).toBe(
      'create table `users` (' +
        '`id` bigint unsigned not null auto_increment, ' +
        '`email` varchar(255) not null, ' +
        "`role` varchar(20) not null default 'member', " +
        "`active` tinyint(1) not null default '1' comment 'It''s on', " +
        '`seen_at` timestamp not null default CURRENT_TIMESTAMP on update CURRENT_TIMESTAMP, ' +
        '`total` decimal(8, 2) as (price * 2) stored, ' +
        "`name` varchar(255) character set latin1 collate 'latin1_bin' null, " +
        'primary key (`id`), unique key `users_email_unique` (`email`), key `users_role_index` (`role`)' +
        ") default character set utf8mb4 collate 'utf8mb4_unicode_ci'",
    );
  });

  it('keeps table engine, charset and collation', () => {
    const schema = fold(`
      Schema::create('logs', function (Blueprint $table) {
          $table->engine = 'MyISAM';
          $table->charset = 'utf8mb4';
          $table->collation = 'utf8mb4_bin';
          $table->text('line');
          $table->fullText('line');
      });`);
    expect(renderCreateTable(findTable(schema, 'logs')!)).toBe(
      "create table `logs` (`line` text not null, fulltext key `logs_line_fulltext` (`line`)) default character set utf8mb4 collate 'utf8mb4_bin' engine = MyISAM",
    );
  });
});

describe('renderSchemaDdl', () => {
  it('creates every table before any foreign key', () => {
    const schema = fold(`
      Schema::create('certificates', function (Blueprint $table) {
          $table->id();
          $table->unsignedBigInteger('user_id');
      });
      Schema::create('users', function (Blueprint $table) { $table->id(); });
      Schema::table('certificates', function (Blueprint $table) {
          $table->foreign('user_id')->references('id')->on('users')->onDelete('cascade');
      });`);
    expect(renderSchemaDdl(schema)).toEqual([
      'create table `certificates` (`id` bigint unsigned not null auto_increment, `user_id` bigint unsigned not null, ' +
        "primary key (`id`), key `certificates_user_id_foreign` (`user_id`)) default character set utf8mb4 collate 'utf8mb4_unicode_ci'",
      "create table `users` (`id` bigint unsigned not null auto_increment, primary key (`id`)) default character set utf8mb4 collate 'utf8mb4_unicode_ci'",
      'alter table `certificates` add constraint `certificates_user_id_foreign` foreign key (`user_id`) references `users` (`id`) on delete CASCADE',
    ]);
  });
});
