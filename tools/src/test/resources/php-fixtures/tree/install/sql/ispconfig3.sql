-- Test fixture (written for these tests): the schema dump of the fixture forms' tables.

CREATE TABLE `widget` (
  `widget_id` int(11) unsigned NOT NULL auto_increment,
  `sys_userid` int(11) unsigned NOT NULL default '0',
  `name` VARCHAR( 64 ) NOT NULL default '',
  `size` int(11) NOT NULL DEFAULT '1',
  `colour` enum('red','blue', 'dark green') NOT NULL default 'red',
  `active` enum('n','y') NOT NULL default 'y',
  `last-seen` datetime NULL default NULL,
  `note` TEXT,
  PRIMARY KEY  (`widget_id`),
  KEY `name` (`name`)
) DEFAULT CHARSET=utf8 COMMENT='it''s (a widget)';

CREATE TABLE IF NOT EXISTS `gadget` (
  `gadget_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `label` varchar(255) DEFAULT NULL COMMENT 'a (label)',
  PRIMARY KEY (`gadget_id`)
);
