<?php
// Test fixture (written for these tests): a minimal form.
$form['db_table'] = 'gadget';
$form['db_table_idx'] = 'gadget_id';
$form['tabs']['main'] = array('fields' => array('label' => array('datatype' => 'VARCHAR', 'formtype' => 'TEXT')));
