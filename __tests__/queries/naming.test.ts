import {
  conventionalPivotTable,
  conventionalTable,
  foreignKeyFor,
  joiningTable,
  plural,
  singular,
  snake,
} from '../../src/project/laravel/naming.js';

test('snake-plural table names the way Laravel derives them', () => {
  expect(conventionalTable('App\\Models\\DiscordPractice')).toBe('discord_practices');
  expect(conventionalTable('Person')).toBe('people');
  expect(conventionalTable('Category')).toBe('categories');
  expect(conventionalTable('Status')).toBe('statuses');
  expect(conventionalTable('UserData')).toBe('user_data');
  expect(conventionalTable('Child')).toBe('children');
  expect(conventionalTable('HTTPLog')).toBe('h_t_t_p_logs');
});

test('irregular, uncountable and case-matched words', () => {
  expect(plural('Mouse')).toBe('Mice');
  expect(plural('sheep')).toBe('sheep');
  expect(plural('knife')).toBe('knives');
  expect(singular('analyses')).toBe('analysis');
  expect(singular('analysis')).toBe('analysi'); // Laravel 8's inflector gives exactly this
  expect(snake('already_snake')).toBe('already_snake');
});

test('pivot tables, joining tables and foreign keys', () => {
  expect(conventionalPivotTable('RoleUser')).toBe('role_user');
  expect(joiningTable('App\\Models\\User', 'App\\Models\\Role')).toBe('role_user');
  expect(foreignKeyFor('App\\Models\\DiscordPractice')).toBe('discord_practice_id');
  expect(foreignKeyFor('Invoice', 'invoice_no')).toBe('invoice_invoice_no');
});
