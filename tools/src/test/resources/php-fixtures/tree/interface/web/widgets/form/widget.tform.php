<?php
// Test fixture (written for these tests): a form with every kind of field fact the extractor reads.
global $app;
$app->uses('getconf');
$shop_config = $app->getconf->get_global_config('shop');

$form['title'] = 'Widget';
$form['db_table'] = 'widget';
$form['db_table_idx'] = 'widget_id';
$form['db_history'] = 'yes';
$form['auth'] = 'yes';

$languages = array();
$handle = @opendir(ISPC_ROOT_PATH . '/lib/lang');
while ($file = @readdir($handle)) {
	if (substr($file, -4) == '.lng') $languages[substr($file, 0, 2)] = substr($file, 0, 2);
}
ksort($languages);

$form['tabs']['main'] = array(
	'title' => 'Main',
	'fields' => array(
		'name' => array(
			'datatype' => 'VARCHAR',
			'formtype' => 'TEXT',
			'default' => '',
			'value' => '',
			'width' => '30',
			'maxlength' => '64',
			'filters' => array(
				0 => array('event' => 'SAVE', 'type' => 'IDNTOASCII'),
				1 => array('event' => 'SHOW', 'type' => 'IDNTOUTF8'),
				2 => array('event' => 'SAVE', 'type' => 'TOLOWER'),
			),
			'validators' => array(
				0 => array('type' => 'NOTEMPTY', 'errmsg' => 'name_error_empty'),
				1 => array('type' => 'REGEX', 'regex' => '/^[a-z0-9\-]+$/', 'errmsg' => 'name_error_regex'),
				2 => array('type' => 'CUSTOM', 'class' => 'validate_widget', 'function' => 'check', 'check_names' => true,
					'errmsg' => 'name_error_custom'),
			),
		),
		'size' => array(
			'datatype' => 'INTEGER',
			'formtype' => 'TEXT',
			'default' => $app->functions->intval(@$_REQUEST['size']),
			'validators' => array(0 => array('type' => 'RANGE', 'range' => '1:10', 'errmsg' => 'size_error_range')),
		),
		'colour' => array(
			'datatype' => 'VARCHAR',
			'formtype' => 'SELECT',
			'default' => 'red',
			'value' => array('red' => 'Red', 'blue' => 'Blue'),
		),
		'language' => array(
			'datatype' => 'VARCHAR',
			'formtype' => 'SELECT',
			'default' => $conf['language'],
			'value' => $languages,
		),
		'server_id' => array(
			'datatype' => 'INTEGER',
			'formtype' => 'SELECT',
			'datasource' => array('type' => 'SQL', 'querystring' => 'SELECT server_id,server_name FROM server',
				'keyfield' => 'server_id', 'valuefield' => 'server_name'),
		),
		'active' => array(
			'datatype' => 'VARCHAR',
			'formtype' => 'CHECKBOX',
			'default' => 'y',
			'value' => array(0 => 'n', 1 => 'y'),
		),
		'tags' => array(
			'datatype' => 'VARCHAR',
			'formtype' => 'CHECKBOXARRAY',
			'separator' => ',',
			'value' => array('a' => 'Alpha', 'b' => 'Beta'),
		),
		'secret' => array(
			'datatype' => 'VARCHAR',
			'formtype' => 'PASSWORD',
			'encryption' => 'CRYPT',
			'default' => $app->auth->get_random_password(10),
		),
		'created' => array(
			'datatype' => 'DATE',
			'formtype' => 'TEXT',
			'default' => date($app->lng('conf_format_dateshort')),
		),
	),
);

if ($shop_config['show_extras'] == 'y') {
	$form['tabs']['extras'] = array(
		'fields' => array(
			'note' => array('datatype' => 'TEXT', 'formtype' => 'TEXTAREA', 'default' => 'none'),
		),
	);
}

if ($shop_config['show_hidden'] == 'y') {
	$form['tabs']['hidden'] = array('fields' => array('never' => array('datatype' => 'TEXT', 'formtype' => 'TEXT')));
}

if (!$app->auth->is_admin()) unset($form['tabs']['main']['fields']['server_id']);
