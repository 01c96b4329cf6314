<?php
// Test fixture (written for these tests): a form whose later tab redefines a field of an earlier one.
$form['db_table'] = 'gadget';
$form['db_table_idx'] = 'gadget_id';
$form['tabs']['first'] = array('fields' => array(
	'label' => array('datatype' => 'VARCHAR', 'formtype' => 'TEXT', 'maxlength' => 10),
	'weight' => array('datatype' => 'DOUBLE', 'formtype' => 'TEXT', 'default' => 0),
));
$form['tabs']['second'] = array('fields' => array(
	'label' => array('datatype' => 'VARCHAR', 'formtype' => 'TEXTAREA', 'maxlength' => '255'),
));
